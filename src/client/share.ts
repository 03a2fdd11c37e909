/**
 * Share and copy-link buttons on a piece and a claim page: a progressive enhancement. Without
 * JavaScript the share bar's plain links still work, every claim links to its own page, and
 * every heading and paragraph keeps its id.
 *
 * A copied link is the address the reader is on (a mirror's, if they read a mirror), without
 * its query (`?highlight=`), plus the anchor; a claim's is the address of the claim's page on
 * the same site.
 */
import { shareWords } from '../i18n/scripts/share.ts';
import { COPY_FEEDBACK_MS, linkTo } from './share-url.ts';

const bar = document.querySelector<HTMLElement>('.share');
const status = bar?.querySelector<HTMLElement>('[data-share-status]');
// The bar's words, where the page is in another language than the English this script carries.
const words = bar?.dataset.words ? (JSON.parse(bar.dataset.words) as typeof shareWords) : shareWords;

/** A sentence of the bar's words with `{what}` (or another name) filled in. */
const say = (template: string, values: Record<string, string>) => template.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? '');

function announce(message: string): void {
	if (!status) return;
	// Emptied first, so the same message twice is announced twice.
	status.textContent = '';
	requestAnimationFrame(() => {
		status.textContent = message;
	});
}

/** The Clipboard API, or the older copy command where the API is missing or refused. */
async function copyText(text: string, button: HTMLButtonElement): Promise<boolean> {
	try {
		await navigator.clipboard.writeText(text);
		return true;
	} catch {
		const field = document.createElement('textarea');
		field.value = text;
		field.setAttribute('readonly', '');
		field.className = 'visually-hidden';
		document.body.append(field);
		field.select();
		// Deprecated, but the only way left where the Clipboard API is missing (an insecure origin, an old browser).
		// eslint-disable-next-line @typescript-eslint/no-deprecated -- the fallback is the point
		const copied = document.execCommand('copy');
		field.remove();
		// Selecting the field took the focus: give it back to the button the reader pressed.
		button.focus();
		return copied;
	}
}

const resetTimers = new WeakMap<HTMLButtonElement, ReturnType<typeof setTimeout>>();

/**
 * Copies the link (to an anchor of this page, or to another page's address), says so where the
 * reader is looking and to screen readers, then resets.
 */
async function copyLink(button: HTMLButtonElement, target: string | { page: string }, what: string): Promise<void> {
	const url = typeof target === 'string' ? linkTo(location.href, target) : linkTo(target.page, '');
	const copied = await copyText(url, button);
	if (!copied) {
		if (typeof target !== 'string') {
			announce(say(words.copyFailed, { what, url }));
			return;
		}
		// The link is still one step away: the address bar shows it.
		if (target) location.hash = target;
		announce(say(words.copyFailedAddressBar, { what }));
		return;
	}
	const label = button.querySelector<HTMLElement>('[data-copy-label]');
	// The label as first written, kept once: a second press within the delay must not keep "Copied".
	if (label) label.dataset.copyLabel ||= label.textContent;
	button.dataset.copied = '';
	if (label) label.textContent = words.copied;
	announce(say(words.copiedLink, { what }));
	clearTimeout(resetTimers.get(button));
	resetTimers.set(
		button,
		setTimeout(() => {
			delete button.dataset.copied;
			if (label) label.textContent = label.dataset.copyLabel ?? '';
		}, COPY_FEEDBACK_MS),
	);
}

/** A small button that copies a link: to a claim's own page, or to a heading or a paragraph of this one. */
function linkCopyButton(target: string | { page: string }, what: string, kind: 'claim' | 'heading' | 'paragraph'): HTMLButtonElement {
	const button = document.createElement('button');
	button.type = 'button';
	button.className = `copy-anchor copy-anchor--${kind}`;
	button.title = say(words.copyLinkTo, { what });
	button.setAttribute('aria-label', button.title);
	const label = document.createElement('span');
	label.dataset.copyLabel = '';
	label.setAttribute('aria-hidden', 'true');
	label.textContent = kind === 'claim' ? words.copyLink : kind === 'heading' ? '#' : '¶';
	button.append(label);
	button.addEventListener('click', () => void copyLink(button, target, what));
	return button;
}

if (bar) {
	const copyButton = bar.querySelector<HTMLButtonElement>('[data-copy-link]');
	const nativeButton = bar.querySelector<HTMLButtonElement>('[data-share-native]');
	copyButton?.addEventListener('click', () => void copyLink(copyButton, '', bar.dataset.shareWhat ?? ''));
	if (nativeButton && typeof navigator.share === 'function') {
		nativeButton.addEventListener('click', () => {
			navigator.share({ title: bar.dataset.shareTitle ?? document.title, url: linkTo(location.href, '') }).catch(() => {
				// The reader closed the share sheet: nothing to say.
			});
		});
	}

	// A claim's link is its own page's address, which a chat previews as the claim, not as the piece.
	document.querySelectorAll<HTMLElement>('.claim[id]').forEach((claim) => {
		const number = claim.querySelector('.claim__number')?.textContent.trim();
		const page = claim.querySelector<HTMLAnchorElement>('a[data-claim-page]');
		if (page) claim.querySelector('.claim__header')?.append(linkCopyButton({ page: page.href }, say(words.claimWhat, { n: number ?? '' }), 'claim'));
	});
	// Each heading's link (in the HTML, src/markdown/heading-links.ts) gives way to a button the
	// same size that copies it: nothing beside it moves.
	document.querySelectorAll<HTMLAnchorElement>('.prose .heading-row > a.heading-link').forEach((link) => {
		const heading = link.parentElement?.querySelector(':is(h2, h3, h4, h5, h6)[id]');
		if (heading) link.replaceWith(linkCopyButton(heading.id, say(words.theSection, { name: heading.textContent.trim() }), 'heading'));
	});
	document.querySelectorAll<HTMLElement>('.prose > p[id]').forEach((paragraph, index) => {
		// Into the room global.css keeps for it at the paragraph's end.
		paragraph.append(linkCopyButton(paragraph.id, say(words.paragraph, { n: (index + 1).toLocaleString(bar.lang) }), 'paragraph'));
	});
}
