/**
 * The anchors readers share, described in README.md ("The claim syntax"): change them
 * and every link already passed around breaks.
 */
export const claimAnchor = (claimId: string) => `claim-${claimId}`;
export const sourceAnchor = (sourceId: string) => `source-${sourceId}`;
/**
 * Where the body makes a claim; `n` counts the claim's markers from 1. The double hyphen cannot
 * occur in a claim id, so `mark-x--2` never collides with the first marker of a claim `x-2`.
 */
/** The class of a claim marker in the text (`<a class="claim-mark">`), and of its number (`claim-mark__n`). */
export const CLAIM_MARKER_CLASS = 'claim-mark';

export const markerAnchor = (claimId: string, n = 1) => (n === 1 ? `mark-${claimId}` : `mark-${claimId}--${n}`);
