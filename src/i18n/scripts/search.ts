/** What the search page's scripts write, in English (src/client/search-*.ts); a page in another language sends its own (src/i18n/<lang>.ts, `client`). */
export const searchWords = {
	/** How the scripts write numbers and choose plurals. */
	locale: 'en-GB',
	failed: 'The search failed: the index could not be read. Reload the page to try again.',
	missing: 'Search is not available here: the search index was not found. It is written by `npm run build`.',
	prompt: 'Type words to search every piece, or choose a filter.',
	searching: 'Searching…',
	theseFilters: 'these filters',
	quoted: '“{text}”',
	noMatch: 'No piece matches {what}. Try other or fewer words, or remove a filter.',
	allNewest: '{pieces}, newest first.',
	matches: { one: '{pieces} matches {what}.', other: '{pieces} match {what}.' },
	pieces: { one: '{n} piece', other: '{n} pieces' },
	filtersFailed: 'The filters could not be loaded. Reload the page to try again.',
	filterLabels: { kind: 'Kind', topic: 'Topic', year: 'Year', status: 'Claim status' },
	claim: 'Claim',
	claimN: 'Claim {n}',
	status: 'Status: ',
	/** A claim's status, as its badge names it. */
	statusLabels: { corroborated: 'Corroborated', disputed: 'Disputed', attributed: 'Attributed only', unverified: 'Unverified' },
	/** The filters' values as the index holds them (English labels), in this language; English shows them as they are. */
	filterValues: {} as Record<string, string>,
};
