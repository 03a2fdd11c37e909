import { count, fill } from '../i18n/scripts/fill.ts';
import { searchPageWords } from './search-words.ts';
import { normalizeForSearch } from '../lib/search-normalize.ts';
import { loadPagefind, type PagefindApi } from './pagefind-api.ts';
import { inOrder, newestFirst } from './result-order.ts';
import { checkedFilters, checkFilters, filterFieldsets, pagefindFilters } from './search-filters.ts';
import { resultItem } from './search-results.ts';
import { type SearchState, stateFromUrl, urlFromState } from './search-state.ts';

/**
 * The search page: Pagefind's index, searched in the browser. The state of a search (words,
 * filters, order) lives in the address (./search-state.ts); the results are built by
 * ./search-results.ts, the filter controls by ./search-filters.ts. This module ties them to the
 * page's form and starts the search once the index is loaded.
 */

/** Results a page shows at first: each costs a fetch of a few kilobytes on a reader's phone. */
const PAGE_SIZE = 10;
const words = searchPageWords();
const SEARCH_FAILED = words.failed;

/** An element the page (src/pages/search.astro) must have: without it the script stops, saying which. */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the element type it expects
function required<T extends Element>(root: ParentNode, selector: string): T {
	const element = root.querySelector<T>(selector);
	if (!element) throw new Error(`The search page has no ${selector}`);
	return element;
}

const form = required<HTMLFormElement>(document, '#search-form');
const input = required<HTMLInputElement>(form, 'input[name="q"]');
const sortSelect = required<HTMLSelectElement>(form, 'select[name="sort"]');
const filterBox = required<HTMLElement>(document, '#search-filters');
const status = required<HTMLElement>(document, '#search-status');
const list = required<HTMLOListElement>(document, '#search-results');
const more = required<HTMLButtonElement>(document, '#search-more');

let pagefind: PagefindApi;

let state: SearchState = stateFromUrl(location.search);
let run = 0;

function say(text: string) {
	status.textContent = text;
}

async function search() {
	const current = ++run;
	try {
		await ready;
	} catch {
		say(words.missing);
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
		say(words.prompt);
		return;
	}
	say(words.searching);
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
	const described = state.query ? fill(words.quoted, { text: state.query }, words.locale) : words.theseFilters;
	if (results.length === 0) {
		say(fill(words.noMatch, { what: described }, words.locale));
		return;
	}
	const pieces = count(results.length, words.pieces, words.locale);
	say(
		!state.query && !hasFilters
			? fill(words.allNewest, { pieces }, words.locale)
			: fill(count(results.length, words.matches, words.locale), { pieces, what: described }, words.locale),
	);
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
	const filters = filterControlsReady ? checkedFilters(filterBox) : { ...state.filters };
	return { query: input.value, filters, sort: sortSelect.value === 'newest' ? 'newest' : 'relevance' };
}

function writeFilters() {
	checkFilters(filterBox, state.filters);
}

function writeForm() {
	input.value = state.query;
	sortSelect.value = state.sort;
	writeFilters();
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
 * The filter controls need every filter's values, a download that grows with the archive
 * (BENCHMARKS.md). They are loaded when the reader opens Filters, or at once when the
 * search already uses a filter, never for a plain first query.
 */
const filterDetails = document.querySelector<HTMLDetailsElement>('.search-form__filters')!;
let filtersBuilt: Promise<void> | undefined;
function showFilters() {
	filtersBuilt ??= ready
		.then(async () => filterBox.replaceChildren(...filterFieldsets(await pagefind.filters())))
		.then(() => {
			filterControlsReady = true;
			writeFilters();
		})
		.catch(() => say(words.filtersFailed));
	return filtersBuilt;
}
filterDetails.addEventListener('toggle', () => {
	if (filterDetails.open) void showFilters();
});
if (Object.keys(state.filters).length > 0) filterDetails.open = true;

start();
