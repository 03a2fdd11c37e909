import { claimAnchor, markerAnchor, sourceAnchor } from './claim-anchors.ts';
import { PARAGRAPH_ID } from './rehype-paragraph-ids.ts';

/** Ids of the sections the site adds around the body of a piece. */
export const SECTION_ANCHORS = { ledger: 'ledger', sources: 'sources', corrections: 'corrections' } as const;

const RESERVED_PREFIXES = [claimAnchor(''), sourceAnchor(''), markerAnchor('')];
/** Ids the page itself uses outside the body: the skip link's target, the list of related pieces. */
const RESERVED_IDS = new Set<string>([...Object.values(SECTION_ANCHORS), 'main', 'related-pieces']);

/** Whether a heading id in the body would take an anchor the site itself uses. */
export function isReservedAnchor(id: string): boolean {
	return RESERVED_IDS.has(id) || RESERVED_PREFIXES.some((prefix) => id.startsWith(prefix)) || PARAGRAPH_ID.test(id);
}
