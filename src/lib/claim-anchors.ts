/**
 * The anchors readers share. They are part of the content contract (design brief): change them
 * and every link already passed around breaks.
 */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
/**
 * Where the body makes a claim; `n` counts the claim's markers from 1. The double hyphen cannot
 * occur in a claim id, so `mark-x--2` never collides with the first marker of a claim `x-2`.
 */
export const markerAnchor = (claimId: string, n = 1) => (n === 1 ? `mark-${claimId}` : `mark-${claimId}--${n}`);
