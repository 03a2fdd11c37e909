import { formatDate } from '../lib/dates.ts';
import { STATUS_LABELS } from '../lib/labels.ts';
import { normalizeForSearch } from '../lib/search-normalize.ts';
import { claimAnchor } from '../markdown/claim-anchors.ts';
import { type LedgerEntry, ledgerFromMeta, loadPagefind, type PagefindApi, type PagefindFilters, type PagefindResultData, type PagefindSubResult } from './pagefind-api.ts';
import { excerptAfterHeading, inOrder, newestFirst, openingExcerpt, sectionsToShow } from './result-order.ts';
import { FILTER_KEYS, type SearchState, stateFromUrl, urlFromState } from './search-state.ts';

/**
 * The search page: Pagefind's index, searched in the browser. Everything the reader typed or
 * the index returned reaches the page as text (textContent), never as markup, except the
 * `<mark>` of an excerpt, which is rebuilt element by element.
 */

/** Results a page shows at first: each costs a fetch of a few kilobytes on a reader's phone. */
const PAGE_SIZE = 10;
const SEARCH_FAILED = 'The search failed: the index could not be read. Reload the page to try again.';
const FILTER_LABELS: Record<(typeof FILTER_KEYS)[number], string> = { kind: 'Kind', topic: 'Topic', year: 'Year', status: 'Claim status' };

const form = document.querySelector<HTMLFormElement>('#search-form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const sortSelect = form.querySelector<HTMLSelectElement>('select[name="sort"]')!;
const filterBox = document.querySelector<HTMLElement>('#search-filters')!;
const status = document.querySelector<HTMLElement>('#search-status')!;
const list = document.querySelector<HTMLOListElement>('#search-results')!;
const more = document.querySelector<HTMLButtonElement>('#search-more')!;

let pagefind: PagefindApi;

let state: SearchState = stateFromUrl(location.search);
let run = 0;

function say(text: string) {
	status.textContent = text;
}

/** Rebuilds a Pagefind excerpt as text and `<mark>` elements only. */
function excerptNodes(html: string): Node[] {
	// Pagefind escapes < and > in excerpts but not &: a text "&copy" must stay "&copy".
	const escaped = html.replace(/&(?!lt;|gt;)/g, '&amp;');
	const parsed = new DOMParser().parseFromString(`<p>${escaped}</p>`, 'text/html').body.firstElementChild;
	return [...(parsed?.childNodes ?? [])].map((node) => {
		if (node.nodeName !== 'MARK') return document.createTextNode(node.textContent ?? '');
		const mark = document.createElement('mark');
		mark.textContent = node.textContent;
		return mark;
	});
}

function resultItem(data: PagefindResultData): HTMLLIElement {
	const item = document.createElement('li');
	item.className = 'result';
	const title = document.createElement('h2');
	title.className = 'result__title';
	const link = document.createElement('a');
	link.href = withoutEmptyHighlight(data.url);
	link.textContent = data.meta.title ?? data.url;
	title.append(link);
	const meta = document.createElement('p');
	meta.className = 'result__meta';
	meta.textContent = [data.meta.kind, data.meta.date && formatDate(data.meta.date)].filter(Boolean).join(' · ');
	item.append(meta, title);
	const opening = openingExcerpt(data);
	if (opening) {
		const excerpt = document.createElement('p');
		excerpt.className = 'result__excerpt';
		excerpt.append(...excerptNodes(opening));
		item.append(excerpt);
	}
	const sections = sectionsToShow(data);
	if (sections.length > 0) {
		const ledger = ledgerFromMeta(data.meta.claims);
		const list = document.createElement('ul');
		list.className = 'result__sections';
		list.append(...sections.map((section) => sectionItem(section, ledger)));
		item.append(list);
	}
	// A Persian result among English ones is read in Persian, right to left.
	for (const element of item.querySelectorAll<HTMLElement>('.result__title, .result__excerpt, .section-hit__heading, .section-hit__excerpt')) {
		if (data.meta.lang) element.lang = data.meta.lang;
		element.dir = 'auto';
	}
	return item;
}

/** `claim-`: a section that starts at a ledger entry. */
const CLAIM_ANCHOR_PREFIX = claimAnchor('');

/**
 * One section of a piece found, as one link to it: for a ledger entry "Claim 8" and its status
 * in words, for a part of the text its heading; then the matched passage of that section alone.
 * The whole block is the link, so its name read out is the claim, its status and the passage.
 */
function sectionItem(section: PagefindSubResult, ledger: Map<string, LedgerEntry>): HTMLLIElement {
	const item = document.createElement('li');
	const link = document.createElement('a');
	link.className = 'section-hit';
	link.href = withoutEmptyHighlight(section.url);
	const label = document.createElement('span');
	label.className = 'section-hit__label';
	const id = section.anchor?.id ?? '';
	if (id.startsWith(CLAIM_ANCHOR_PREFIX)) {
		const claim = ledger.get(id.slice(CLAIM_ANCHOR_PREFIX.length));
		if (claim) link.dataset.status = claim.status;
		const number = document.createElement('span');
		number.className = 'section-hit__claim';
		number.textContent = claim ? `Claim ${claim.number}` : 'Claim';
		label.append(number);
		if (claim) label.append(' ', statusBadge(claim.status));
	} else {
		const heading = document.createElement('span');
		heading.className = 'section-hit__heading';
		heading.textContent = section.title;
		label.append(heading);
	}
	const excerpt = document.createElement('span');
	excerpt.className = 'section-hit__excerpt';
	excerpt.append(...excerptNodes(id.startsWith(CLAIM_ANCHOR_PREFIX) ? section.excerpt : excerptAfterHeading(section.excerpt, section.title)));
	link.append(label, ' ', excerpt);
	item.append(link);
	return item;
}

/** The site's status badge (src/components/StatusBadge.astro): the status in words, its colour repeating them. */
function statusBadge(status: LedgerEntry['status']): HTMLSpanElement {
	const badge = document.createElement('span');
	badge.className = `status status--${status}`;
	const hidden = document.createElement('span');
	hidden.className = 'visually-hidden';
	hidden.textContent = 'Status: ';
	badge.append(hidden, STATUS_LABELS[status].label);
	return badge;
}

/** A search by filters alone has no words to mark: no `?highlight=` then. */
function withoutEmptyHighlight(url: string): string {
	return url.replace(/[?&]highlight=(?=&|#|$)/, '');
}

function pagefindFilters(filters: SearchState['filters']): PagefindFilters {
	return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}

async function search() {
	const current = ++run;
	try {
		await ready;
	} catch {
		say('Search is not available here: the search index was not found. It is written by `npm run build`.');
		return;
	}
	if (current !== run) return;
	const query = normalizeForSearch(state.query.trim());
	const hasFilters = Object.keys(state.filters).length > 0;
	list.replaceChildren();
	more.hidden = true;
	if (state.query.trim() && !query) {
		say(`No piece matches “${state.query}”.`);
		return;
	}
	if (!query && !hasFilters && state.sort === 'relevance') {
		say('Type words to search every piece, or choose a filter.');
		return;
	}
	say('Searching…');
	try {
		await runSearch(current, query, hasFilters);
	} catch {
		if (current === run) say(SEARCH_FAILED);
	}
}

async function runSearch(current: number, query: string, hasFilters: boolean) {
	// Only what is set: an empty `filters` still makes Pagefind load every filter chunk first.
	const response = await pagefind.search(query || null, {
		...(hasFilters && { filters: pagefindFilters(state.filters) }),
		...(state.sort === 'newest' && { sort: { date: 'desc' } }),
	});
	if (current !== run || !response) return;
	const { results } = response;
	const described = state.query ? `“${state.query}”` : 'these filters';
	if (results.length === 0) {
		say(`No piece matches ${described}. Try other or fewer words, or remove a filter.`);
		return;
	}
	const pieces = `${results.length} ${results.length === 1 ? 'piece' : 'pieces'}`;
	say(!state.query && !hasFilters ? `${pieces}, newest first.` : `${pieces} ${results.length === 1 ? 'matches' : 'match'} ${described}.`);
	let shown = 0;
	const take = state.sort === 'newest' ? newestFirst(results) : inOrder(results);
	const showMore = async () => {
		more.disabled = true;
		const first = shown;
		for await (const data of take(PAGE_SIZE)) {
			if (current !== run) return;
			list.append(resultItem(data));
			shown += 1;
		}
		more.disabled = false;
		more.hidden = shown >= results.length;
		return first;
	};
	// Keyboard and screen-reader users continue at the first new result, not at the top of the page.
	more.onclick = () =>
		void showMore()
			.then((first) => list.children[first ?? 0]?.querySelector('a')?.focus())
			.catch(() => say(SEARCH_FAILED));
	await showMore();
}

let filterControlsReady = false;

function readForm(): SearchState {
	// Until the checkboxes are built, the filters are those the URL gave.
	const filters: SearchState['filters'] = filterControlsReady ? {} : { ...state.filters };
	for (const box of filterControlsReady ? filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked') : []) {
		(filters[box.name] ??= []).push(box.value);
	}
	return { query: input.value, filters, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
}

function writeFilters() {
	for (const box of filterBox.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')) {
		box.checked = state.filters[box.name]?.includes(box.value) ?? false;
	}
}

function writeForm() {
	input.value = state.query;
	sortSelect.value = state.sort;
	writeFilters();
}

/** One fieldset of checkboxes for each filter, with the values the index holds. */
async function buildFilters() {
	const available = await pagefind.filters();
	const fieldsets = FILTER_KEYS.filter((key) => Object.keys(available[key] ?? {}).length > 0).map((key) => {
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = FILTER_LABELS[key];
		fieldset.append(legend);
		const values = Object.entries(available[key] ?? {}).sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
		for (const [value, count] of values) {
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = key;
			box.value = value;
			label.append(box, ` ${value} (${count})`);
			fieldset.append(label);
		}
		return fieldset;
	});
	filterBox.replaceChildren(...fieldsets);
}

let typing: ReturnType<typeof setTimeout> | undefined;
/**
 * Typing replaces the current history entry, so Back does not step through every letter; a
 * submitted search, a filter or an order is a new entry, so Back returns to the one before.
 */
function update(delay: number, entry: 'replace' | 'push') {
	clearTimeout(typing);
	typing = setTimeout(() => {
		state = readForm();
		const url = `${location.pathname}${urlFromState(state)}`;
		if (url !== `${location.pathname}${location.search}`) {
			if (entry === 'push') history.pushState(null, '', url);
			else history.replaceState(null, '', url);
		}
		void search();
	}, delay);
}

/**
 * Words typed and an order chosen before this script ran (on a slow network the form is there
 * well before it) win over the address the page was opened with, and the address follows them.
 */
function keepWhatWasTyped() {
	const typed = input.value !== input.defaultValue;
	const chosen = [...sortSelect.options].some((option) => option.selected !== option.defaultSelected);
	if (!typed && !chosen) return;
	state = { ...state, ...(typed && { query: input.value }), ...(chosen && { sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' }) };
	history.replaceState(null, '', `${location.pathname}${urlFromState(state)}`);
}

/**
 * The form answers at once: what the reader types or chooses before the index has loaded is
 * kept, and searched as soon as it is ready.
 */
function start() {
	keepWhatWasTyped();
	writeForm();
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		update(0, 'push');
	});
	input.addEventListener('input', () => update(200, 'replace'));
	form.addEventListener('change', (event) => {
		if (event.target !== input) update(0, 'push');
	});
	addEventListener('popstate', () => {
		state = stateFromUrl(location.search);
		writeForm();
		void search();
	});
	void search();
}

const base = import.meta.env.BASE_URL;
// noWorker: for an index of this size the search itself takes milliseconds; starting a worker
// (and compiling Pagefind's WebAssembly a second time in it) cost more than it saved.
// excerptEllipsis: an excerpt cut out of a claim or a paragraph says so at the cut.
const ready = loadPagefind(base, { baseUrl: base, highlightParam: 'highlight', excerptLength: 24, excerptEllipsis: '…', noWorker: true }).then((loaded) => {
	pagefind = loaded;
});

/**
 * The filter controls need every filter's values, a download that grows with the archive (about
 * 120 kB at 10,000 pieces). They are loaded when the reader opens Filters, or at once when the
 * search already uses a filter, never for a plain first query.
 */
const filterDetails = document.querySelector<HTMLDetailsElement>('.search-form__filters')!;
let filtersBuilt: Promise<void> | undefined;
function showFilters() {
	filtersBuilt ??= ready
		.then(buildFilters)
		.then(() => {
			filterControlsReady = true;
			writeFilters();
		})
		.catch(() => say('The filters could not be loaded. Reload the page to try again.'));
	return filtersBuilt;
}
filterDetails.addEventListener('toggle', () => {
	if (filterDetails.open) void showFilters();
});
if (Object.keys(state.filters).length > 0) filterDetails.open = true;

start();
