/**
 * On a piece opened from a search result (`?highlight=words`), marks the words with Pagefind's
 * highlighter. It loads only then, so an ordinary visit costs no more than this file. The
 * page's anchor (`#claim-…`) is left alone: the highlighter does not scroll.
 */
const params = new URLSearchParams(location.search);
if (params.has('highlight')) {
	const { default: PagefindHighlight } = (await import(/* @vite-ignore */ `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`)) as {
		default: new (options: Record<string, unknown>) => unknown;
	};
	// Our stylesheet styles the marks: injected styles would need 'unsafe-inline' in the CSP.
	new PagefindHighlight({
		highlightParam: 'highlight',
		addStyles: false,
		markContext: '.article',
		markOptions: {
			className: 'pagefind-highlight',
			exclude: ['[data-pagefind-ignore]', '[data-pagefind-ignore] *'],
			// Queries arrive normalised (src/lib/search-normalize.ts); the page keeps its joiners and may use Arabic letter forms.
			ignoreJoiners: true,
			synonyms: { 'ی': 'ي', 'ک': 'ك' },
		},
	});
}
