import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { ArticleEntry } from './articles.ts';
import { formatDate } from './dates.ts';
import { reassessments } from './claim-history.ts';
import { uiFor, type Ui } from '../i18n/ui.ts';
import { lastChanged } from './last-changed.ts';
import type { ClaimHistoryEntry, ClaimStatus } from '../schemas/article.ts';
import { absoluteUrl, articlePath, claimPath } from './urls.ts';

/** One piece as every feed format needs it: absolute addresses, full HTML, the dates that matter. */
export interface FeedItem {
	url: string;
	title: string;
	summary: string;
	/** The body as published, with every link made absolute so it works in a feed reader, then the piece's corrections and re-assessments. */
	contentHtml: string;
	published: string;
	/** The last change readers should hear about: an update, a correction or a re-assessment, else publication. */
	updated: string;
	topics: string[];
	authors: string[];
	lang: string;
}

/** Parses and writes HTML fragments; one processor for every item. */
const htmlFragments = unified().use(rehypeParse, { fragment: true }).use(rehypeStringify);

/** Against `pageUrl`; the content check has parsed every address a body holds the same way (src/markdown/body-addresses.ts). */
function absolute(address: string, pageUrl: string): string {
	try {
		return new URL(address, pageUrl).href;
	} catch {
		throw new Error(`${pageUrl}: the address "${address}" in the body cannot be read; run npm run check:content, which names the file and the line`);
	}
}

/**
 * Links in the body are relative (`#claim-x`, `/articles/…`); a feed reader needs them whole.
 * The addresses are rewritten on the HTML tree, as attributes of elements: text that only looks
 * like an attribute (`src="/x"` in inline code) stays as written.
 */
export function absoluteLinks(html: string, pageUrl: string): string {
	const tree = htmlFragments.parse(html);
	visit(tree, 'element', (element) => {
		const { properties } = element;
		for (const name of ['href', 'src'] as const) {
			const value = properties[name];
			if (typeof value === 'string') properties[name] = absolute(value, pageUrl);
		}
		// A srcset is a list of "address width-or-density" candidates, comma-separated.
		const srcSet: unknown = properties.srcSet;
		const candidates: string[] | undefined = typeof srcSet === 'string' ? srcSet.split(',') : Array.isArray(srcSet) ? srcSet.map(String) : undefined;
		if (candidates) {
			properties.srcSet = candidates.map((candidate) => candidate.trim().replace(/^\S+/, (address: string) => absolute(address, pageUrl))).join(', ');
		}
	});
	return htmlFragments.stringify(tree);
}

/** Plain text from the frontmatter (a correction, a note) as HTML text, or as a value in double quotes. */
export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** What the changes of a piece are read from: its frontmatter, sources by any form of id. */
export interface ChangedPiece {
	corrections: readonly { date: string; text: string }[];
	claims: readonly { id: string; status: ClaimStatus; history: readonly ClaimHistoryEntry[] }[];
}

/** A correction or a re-assessment of a claim, on its day. */
export interface PieceChange {
	date: string;
	/** What changed, as HTML whose text is escaped. */
	html: string;
}

/**
 * A piece's corrections and the re-assessments of its claims, oldest first, as the piece's own
 * corrections are. On one day, corrections come first, then re-assessments in ledger order.
 * A re-assessment names the status it ended and the one it began: the next entry's status, which
 * the claim "became" and has since left, or for the last entry the claim's current status, which
 * it has "now".
 */
export function pieceChanges(piece: ChangedPiece, claimUrl: (claimId: string) => string, ui: Ui = uiFor('en')): PieceChange[] {
	const { t } = ui;
	const label = (status: ClaimStatus) => t.statuses[status].label;
	const corrections = piece.corrections.map((correction) => ({ date: correction.date, html: `<bdi>${escapeHtml(correction.text)}</bdi>` }));
	const changes = piece.claims.flatMap((claim, claimIndex) =>
		reassessments(claim).map((entry) => ({
			date: entry.date,
			html: `<a href="${escapeHtml(claimUrl(claim.id))}">${ui.fill(t.ledger.claim, { n: claimIndex + 1 })}</a> ${ui.fill(entry.current ? t.feeds.reassessedNow : t.feeds.reassessedBecame, { was: label(entry.status), became: label(entry.became) })} <bdi>${escapeHtml(entry.note)}</bdi>`,
		})),
	);
	// Array.prototype.sort is stable: the order above holds within a day.
	return [...corrections, ...changes].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}

/**
 * The changes as a block for the end of a feed item: a feed reader shows the item again when it
 * changes, and this says what changed and when. The site's words are in the feed's language, in
 * its direction; the editors' text keeps its own. Nothing when nothing changed.
 */
export function changesHtml(changes: readonly PieceChange[], ui: Ui = uiFor('en')): string {
	if (changes.length === 0) return '';
	const items = changes.map((change) => `<li><time datetime="${change.date}">${formatDate(change.date, ui.lang)}</time>: ${change.html}</li>`);
	return `<section lang="${ui.lang}" dir="${ui.dir}"><h2>${ui.t.feeds.changesHeading}</h2><ul>${items.join('')}</ul></section>`;
}

export function feedItem(article: ArticleEntry, site: URL | undefined, ui: Ui = uiFor('en')): FeedItem {
	const url = absoluteUrl(articlePath(article.id), site);
	const { data } = article;
	const ledgerNote = `<p><a href="${url}#ledger">${ui.t.feeds.ledgerLink}</a></p>`;
	const changes = changesHtml(
		pieceChanges(data, (claimId) => absoluteUrl(claimPath(article.id, claimId), site), ui),
		ui,
	);
	return {
		url,
		title: data.title,
		summary: data.dek,
		contentHtml: absoluteLinks(article.rendered?.html ?? '', url) + ledgerNote + changes,
		published: data.published,
		updated: lastChanged(data),
		topics: data.topics,
		authors: data.authors,
		lang: data.lang,
	};
}
