/** A piece that cites a source, with the claims (by number in its ledger) that cite it. */
export interface Citation<T> {
	piece: T;
	claims: { id: string; number: number }[];
}

/** The parts of a piece the index reads. */
interface CitingPiece {
	id: string;
	data: { claims: { id: string; sources: { id: string }[] }[] };
}

/**
 * For each source id, the pieces citing it and the claims in each, in the order of `pieces`
 * (newest first). Sources no published piece cites are absent.
 */
export function citationsBySource<T extends CitingPiece>(pieces: readonly T[]): Map<string, Citation<T>[]> {
	const index = new Map<string, Citation<T>[]>();
	for (const piece of pieces) {
		const bySource = new Map<string, Citation<T>>();
		piece.data.claims.forEach((claim, position) => {
			for (const { id } of claim.sources) {
				const citation = bySource.get(id) ?? { piece, claims: [] };
				citation.claims.push({ id: claim.id, number: position + 1 });
				bySource.set(id, citation);
			}
		});
		for (const [id, citation] of bySource) index.set(id, [...(index.get(id) ?? []), citation]);
	}
	return index;
}
