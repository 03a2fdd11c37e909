/**
 * The header's menu, and a piece's contents on a phone, are <details> that open over the page;
 * they open without JavaScript. Where it runs, they close as a reader expects a menu to: on
 * Escape (focus back on the button), on a click or focus elsewhere, and once a link in them is
 * followed. Where one is no menu (a wide screen shows its contents in place), it is left alone.
 */
const OPENS_OVER_THE_PAGE = '[data-dropdown-panel]';

function isOverThePage(details: HTMLDetailsElement): boolean {
	const panel = details.querySelector<HTMLElement>(OPENS_OVER_THE_PAGE);
	return panel !== null && getComputedStyle(panel).position === 'absolute';
}

const dropdowns = [...document.querySelectorAll<HTMLDetailsElement>('details[data-dropdown]')];

function closeOthers(except: EventTarget | null): void {
	for (const details of dropdowns) {
		if (details.open && isOverThePage(details) && !details.contains(except as Node)) details.open = false;
	}
}

if (dropdowns.length > 0) {
	document.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape') return;
		for (const details of dropdowns) {
			if (!details.open || !isOverThePage(details)) continue;
			details.open = false;
			details.querySelector('summary')?.focus();
		}
	});
	document.addEventListener('click', (event) => {
		closeOthers(event.target);
		const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
		const details = link?.closest<HTMLDetailsElement>('details[data-dropdown]');
		if (details && isOverThePage(details)) details.open = false;
	});
	document.addEventListener('focusin', (event) => closeOthers(event.target));
}
