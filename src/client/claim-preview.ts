/**
 * On hover or keyboard focus, a claim marker in the text shows a preview of its ledger entry:
 * the status and who asserts the claim, read from the ledger on the same page. The marker stays
 * a plain link to `#claim-x` (it works without this script); screen readers get the preview as
 * the link's description. The preview stays while the pointer is over it and Escape hides it
 * (WCAG 1.4.13).
 */
import { previewWords } from '../i18n/scripts/preview.ts';

const HIDE_DELAY_MS = 300;
// The preview's words, where the page is in another language than the English this script carries.
const sent = document.querySelector<HTMLElement>('[data-preview-words]')?.dataset.previewWords;
const words = sent ? (JSON.parse(sent) as typeof previewWords) : previewWords;

const tip = document.createElement('div');
tip.className = 'claim-tip';
tip.id = 'claim-tip';
tip.setAttribute('role', 'tooltip');
tip.hidden = true;
let hideTimer: ReturnType<typeof setTimeout> | undefined;
let shownFor: HTMLAnchorElement | undefined;

/** "Corroborated. Asserted by state TV." from the marker's ledger entry. */
function previewText(marker: HTMLAnchorElement): string | undefined {
	const entry = document.getElementById(decodeURIComponent(marker.hash.slice(1)));
	if (!entry) return undefined;
	// The badge's last words, after its hidden "Status:".
	const status = entry.querySelector('.status')?.lastChild?.textContent;
	const assertedBy = entry.querySelector('.claim__facts dd')?.textContent.trim();
	return [status && `${status}.`, assertedBy && words.assertedBy.replace('{name}', assertedBy)].filter(Boolean).join(' ');
}

function show(marker: HTMLAnchorElement): void {
	clearTimeout(hideTimer);
	const text = previewText(marker);
	if (!text) return;
	tip.textContent = text;
	tip.hidden = false;
	shownFor = marker;
	const box = marker.getBoundingClientRect();
	const width = Math.min(320, document.documentElement.clientWidth - 16);
	tip.style.maxWidth = `${width}px`;
	const left = Math.max(8, Math.min(box.left + window.scrollX, window.scrollX + document.documentElement.clientWidth - width - 8));
	tip.style.left = `${left}px`;
	tip.style.top = `${box.bottom + window.scrollY + 6}px`;
}

function hide(now = false): void {
	clearTimeout(hideTimer);
	const done = () => {
		tip.hidden = true;
		shownFor = undefined;
	};
	if (now) done();
	else hideTimer = setTimeout(done, HIDE_DELAY_MS);
}

const markers = document.querySelectorAll<HTMLAnchorElement>('a.claim-mark');
if (markers.length > 0) {
	document.body.append(tip);
	for (const marker of markers) {
		marker.setAttribute('aria-describedby', tip.id);
		marker.addEventListener('mouseenter', () => show(marker));
		// Only a focus the reader moved there (Tab): a link followed back to the marker also
		// focuses it, and a preview shown then would cover the text the reader came back to.
		marker.addEventListener('focus', () => {
			if (marker.matches(':focus-visible')) show(marker);
		});
		marker.addEventListener('mouseleave', () => hide());
		marker.addEventListener('blur', () => hide(true));
	}
	tip.addEventListener('mouseenter', () => clearTimeout(hideTimer));
	tip.addEventListener('mouseleave', () => hide());
	document.addEventListener('keydown', (event) => {
		if (event.key === 'Escape' && shownFor) hide(true);
	});
}
