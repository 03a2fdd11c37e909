import { fill } from '../i18n/scripts/fill.ts';
import { searchPageWords } from './search-words.ts';
import { formatDateFirst } from '../lib/dates.ts';
import { claimAnchor } from '../lib/claim-anchors.ts';
import { type LedgerEntry, ledgerFromMeta, type PagefindResultData, type PagefindSubResult } from './pagefind-api.ts';
import { excerptAfterHeading, openingExcerpt, sectionsToShow } from './result-order.ts';

/**
 * The search page's results, built as elements from what the index returned. Everything the
 * index holds reaches the page as text (textContent), never as markup, except the `<mark>` of
 * an excerpt, which is rebuilt element by element.
 */

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

const words = searchPageWords();

export function resultItem(data: PagefindResultData): HTMLLIElement {
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
	meta.textContent = [data.meta.kind && (words.filterValues[data.meta.kind] ?? data.meta.kind), data.meta.date && formatDateFirst(data.meta.date, words.locale)]
		.filter(Boolean)
		.join(' · ');
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
		number.textContent = claim ? fill(words.claimN, { n: claim.number }, words.locale) : words.claim;
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
	hidden.textContent = words.status;
	badge.append(hidden, words.statusLabels[status]);
	return badge;
}

/** A search by filters alone has no words to mark: no `?highlight=` then. */
function withoutEmptyHighlight(url: string): string {
	return url.replace(/[?&]highlight=(?=&|#|$)/, '');
}
