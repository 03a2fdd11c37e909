import { uiLanguageFor } from '../i18n/languages.ts';
import { type Ui, uiFor } from '../i18n/ui.ts';
import type { Link, LinkReference, Root, Text } from 'mdast';
import type { TextDirective } from 'mdast-util-directive';
import type { Plugin } from 'unified';
import { CONTINUE, EXIT, SKIP, visit } from 'unist-util-visit';
import { visitParents } from 'unist-util-visit-parents';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { CLAIM_MARKER_CLASS, claimAnchor, markerAnchor } from '../lib/claim-anchors.ts';
import { closestName } from '../lib/closest-name.ts';
import type { MarkedClaim } from './ledger-claim.ts';

export interface RemarkClaimsOptions {
	/**
	 * Throw once all markers are checked (the default), or leave the problems as messages on the
	 * file for a caller that collects every error of every file before it stops.
	 */
	throwOnError?: boolean;
}

export const CLAIM_RULES = {
	unknownClaim: 'claim-unknown',
	unmarkedClaim: 'claim-unmarked',
	markerWithoutId: 'claim-marker-without-id',
	unknownDirective: 'directive-unknown',
	misplacedMarker: 'claim-marker-misplaced',
	emptyMarker: 'claim-marker-empty',
	linkInMarker: 'claim-marker-link',
} as const;

/** Where a marker cannot go: its link would break a link, a heading's id, or another marker. */
const NO_MARKER_INSIDE: Record<string, string> = {
	link: 'a link',
	linkReference: 'a link',
	heading: 'a heading',
	textDirective: 'another claim marker',
};

/** The interface the piece is read in, from its `lang`: the marker's hidden words are in it. */
function uiOf(file: VFile): Ui {
	const lang = (file.data as { astro?: { frontmatter?: { lang?: unknown } } }).astro?.frontmatter?.lang;
	return uiFor(uiLanguageFor(typeof lang === 'string' ? lang : 'en'));
}

function ledgerOf(file: VFile): MarkedClaim[] {
	const frontmatter = (file.data as { astro?: { frontmatter?: { claims?: unknown } } }).astro?.frontmatter;
	return Array.isArray(frontmatter?.claims) ? (frontmatter.claims as MarkedClaim[]) : [];
}

/**
 * `:claim[words in the text]{#id}` becomes a link from those words to the claim's ledger entry,
 * `#claim-<id>`, numbered as in the ledger. A marker naming a claim the ledger lacks, or a ledger
 * claim never marked, is an error naming the claim and the line.
 *
 * remark-directive also reads `Note:this` as a directive named `this`. Any text directive other
 * than `claim` is put back as the text the author wrote, so no words are lost.
 */
export const remarkClaims: Plugin<[RemarkClaimsOptions?], Root> = (options = {}) => {
	const throwOnError = options.throwOnError ?? true;
	return (tree, file) => {
		const ledger = ledgerOf(file);
		const ui = uiOf(file);
		const numberOf = new Map(ledger.map((claim, index) => [claim.id, index + 1]));
		const statusOf = new Map(ledger.map((claim) => [claim.id, claim.status]));
		const markerCount = new Map<string, number>();
		const problems: string[] = [];
		const report = (reason: string, ruleId: string, place?: TextDirective['position']) => {
			const message = file.message(reason, { place, ruleId, source: 'remark-claims' });
			problems.push(`${message.line ?? '?'}:${message.column ?? '?'}: ${reason}`);
		};

		visitParents(tree, (node, ancestors) => {
			const parent = ancestors.at(-1);
			if (node.type === 'leafDirective' || node.type === 'containerDirective') {
				report(`unknown directive "${node.name}": only :claim[words]{#id} is understood`, CLAIM_RULES.unknownDirective, node.position);
				return CONTINUE;
			}
			if (node.type !== 'textDirective') return CONTINUE;
			if (node.name !== 'claim') {
				if (parent && 'children' in parent) {
					const index = (parent.children as unknown[]).indexOf(node);
					parent.children[index] = { type: 'text', value: sourceText(file, node) } satisfies Text;
				}
				return SKIP;
			}
			const container = ancestors.find((ancestor) => ancestor.type in NO_MARKER_INSIDE);
			if (container) {
				report(
					`a claim marker cannot go inside ${NO_MARKER_INSIDE[container.type]}: mark words of the sentence around it instead`,
					CLAIM_RULES.misplacedMarker,
					node.position,
				);
				return CONTINUE;
			}
			// A link among the marker's words splits the marker: those words would lead off the site,
			// and the claim's number would no longer lead to the ledger.
			const link = firstLinkIn(node);
			if (link) {
				report(
					'a link cannot go inside a claim marker: the claim’s words would lead away from the ledger; put the link outside :claim[…]{#id}, before or after it',
					CLAIM_RULES.linkInMarker,
					link.position ?? node.position,
				);
				// One mistake, one error: the claim is marked, only wrongly, and is not also "never marked".
				const claimId = node.attributes?.id;
				if (claimId && numberOf.has(claimId)) markerCount.set(claimId, (markerCount.get(claimId) ?? 0) + 1);
				return CONTINUE;
			}
			if (!/[\p{L}\p{N}]/u.test(toString(node))) {
				report('claim marker without words: write :claim[the words that make the claim]{#id}', CLAIM_RULES.emptyMarker, node.position);
				return CONTINUE;
			}
			const id = node.attributes?.id;
			if (!id) {
				report('claim marker without an id: write :claim[words]{#claim-id}', CLAIM_RULES.markerWithoutId, node.position);
				return CONTINUE;
			}
			const number = numberOf.get(id);
			if (number === undefined) {
				const meant = closestName(id, numberOf.keys(), 3);
				report(
					`claim marker names "${id}", which is not in the claims ledger${meant ? `; did you mean "${meant}"?` : ''}`,
					CLAIM_RULES.unknownClaim,
					node.position,
				);
				return CONTINUE;
			}
			const n = (markerCount.get(id) ?? 0) + 1;
			markerCount.set(id, n);
			node.data = {
				hName: 'a',
				hProperties: {
					href: `#${claimAnchor(id)}`,
					id: markerAnchor(id, n),
					className: [CLAIM_MARKER_CLASS],
					dataStatus: statusOf.get(id),
				},
			};
			// The ledger number, read out as "claim 3" rather than a bare "3".
			node.children.push({
				type: 'text',
				value: ui.number(number),
				data: {
					hName: 'sup',
					hProperties: { className: [`${CLAIM_MARKER_CLASS}__n`] },
					hChildren: [
						{ type: 'element', tagName: 'span', properties: { className: ['visually-hidden'] }, children: [{ type: 'text', value: ui.t.ledger.marker }] },
						{ type: 'text', value: ui.number(number) },
					],
				},
			});
			return CONTINUE;
		});

		for (const claim of ledger) {
			if (!markerCount.has(claim.id)) {
				const message = file.message(`claim "${claim.id}" is in the ledger but never marked in the body: mark it with :claim[words]{#${claim.id}}`, {
					ruleId: CLAIM_RULES.unmarkedClaim,
					source: 'remark-claims',
				});
				(message as { claimId?: string }).claimId = claim.id;
				problems.push(message.reason);
			}
		}

		if (throwOnError && problems.length > 0) {
			throw new Error(`${file.path || 'Markdown'}: ${problems.join('; ')}`);
		}
	};
};

/** The first link (written `[words](address)`, by reference, or a bare address) among a marker's words. */
function firstLinkIn(marker: TextDirective): Link | LinkReference | undefined {
	let found: Link | LinkReference | undefined;
	visit(marker, (node) => {
		if (node.type !== 'link' && node.type !== 'linkReference') return CONTINUE;
		found = node;
		return EXIT;
	});
	return found;
}

/** The directive exactly as written, so `Note:this` stays `Note:this`. */
function sourceText(file: VFile, node: TextDirective): string {
	const start = node.position?.start.offset;
	const end = node.position?.end.offset;
	if (start === undefined || end === undefined) return `:${node.name}`;
	return String(file.value).slice(start, end);
}
