/**
 * The name among `candidates` within `maxDistance` edits of `name`, ignoring case, closest first:
 * what an editor most likely meant by a misspelt field, source id or claim id.
 */
export function closestName(name: string, candidates: Iterable<string>, maxDistance = 2): string | undefined {
	let best: { candidate: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(name.toLowerCase(), candidate.toLowerCase());
		if (distance <= maxDistance && (!best || distance < best.distance)) best = { candidate, distance };
	}
	return best?.candidate;
}

function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
	for (let i = 1; i <= a.length; i += 1) {
		const current = [i];
		for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
		previous = current;
	}
	return previous[b.length]!;
}
