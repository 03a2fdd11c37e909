import { distance } from 'fastest-levenshtein';

/**
 * The name among `candidates` within `maxDistance` edits of `name`, ignoring case, closest first:
 * what an editor most likely meant by a misspelt field, source id or claim id.
 */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
	let best: { candidate: string; edits: number } | undefined;
	for (const candidate of candidates) {
		const edits = distance(name.toLowerCase(), candidate.toLowerCase());
		if (edits <= maxDistance && (!best || edits < best.edits)) best = { candidate, edits };
	}
	return best?.candidate;
}
