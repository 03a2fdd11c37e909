import { claimAnchor, markerAnchor, sourceAnchor } from '../lib/claim-anchors.ts';
import { PARAGRAPH_ID } from './rehype-paragraph-ids.ts';

/** Ids of the sections the site adds around the body of a piece. */
export const SECTION_ANCHORS = { ledger: 'ledger', sources: 'sources', corrections: 'corrections' } as const;

const RESERVED_PREFIXES = [claimAnchor(''), sourceAnchor(''), markerAnchor('')];

/**
 * Ids the site's own chrome puts on a page, outside the body: the skip link's target, the list
 * of related pieces, the header's search field (a heading "Header search query" would take it,
 * and `/` would focus the heading). reserved-anchors.test.ts reads every id the components and
 * layouts write and fails if one is missing here, so the list cannot fall behind them.
 */
const RESERVED_IDS = new Set<string>([...Object.values(SECTION_ANCHORS), 'main', 'related-pieces', 'header-search-query']);

/** Ids made from data by the listing components: a year's heading, `year-2022`. */
const RESERVED_PATTERNS = [PARAGRAPH_ID, /^year-\d+$/];

/** Whether a heading id in the body would take an anchor the site itself uses. */
export function isReservedAnchor(id: string): boolean {
	return RESERVED_IDS.has(id) || RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix)) || RESERVED_PATTERNS.some((pattern) => pattern.test(id));
}
