import type { ClaimHistoryEntry, ClaimStatus } from '../schemas/article.ts';

/** One re-assessment: the status the claim had until `date`, the one it took then, and whether that is its status still. */
export interface Reassessment extends ClaimHistoryEntry {
	became: ClaimStatus;
	current: boolean;
}

/**
 * A claim's history read as re-assessments, oldest first: each entry's claim became the next
 * entry's status, or for the last entry the claim's status now.
 */
export function reassessments(claim: { status: ClaimStatus; history: readonly ClaimHistoryEntry[] }): Reassessment[] {
	return claim.history.map((entry, index) => {
		const next = claim.history[index + 1];
		return { ...entry, became: next?.status ?? claim.status, current: next === undefined };
	});
}
