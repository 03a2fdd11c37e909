/**
 * On a piece opened from a search result (`?highlight=words`, once for each word), marks the
 * words with Pagefind's highlighter. It loads only then, so an ordinary visit costs no more than
 * this file. The page's anchor (`#claim-…`, where a result's claim links) is left alone: the
 * highlighter does not scroll, and the browser has taken the reader to the claim already.
 *
 * It marks the words wherever they are on the piece, citations included, as find-in-page
 * would. Keeping the marks to what the index holds needs the build's exclusion list
 * (src/build/search-index.ts) here: imported from a module the search page shares, it came as
 * a chunk of its own on every piece, and took the piece past its weight budget.
 */
type Highlighter = new (options: Record<string, unknown>) => unknown;

/**
 * Pagefind's highlighter, from a script element rather than `import()`: the bundler puts a
 * module-preload helper, a file of its own, before every dynamic import, and that would be
 * loaded on every visit. The highlighter sets `window.PagefindHighlight` as it runs.
 */
function loadHighlighter(): Promise<Highlighter> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.type = 'module';
		script.src = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
		script.addEventListener('load', () => {
			const loaded = (window as { PagefindHighlight?: Highlighter }).PagefindHighlight;
			if (loaded) resolve(loaded);
			else reject(new Error('pagefind-highlight.js did not define PagefindHighlight'));
		});
		script.addEventListener('error', () => reject(new Error('pagefind-highlight.js did not load')));
		document.head.append(script);
	});
}

/** Loads the highlighter and marks the words. Not awaited at the top: the page's other scripts, bundled with this one, must not wait for it. */
async function markSearchedWords(): Promise<void> {
	const PagefindHighlight = await loadHighlighter();
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
			synonyms: { ی: 'ي', ک: 'ك' },
		},
	});
}

if (new URLSearchParams(location.search).has('highlight') && document.querySelector('.article')) void markSearchedWords();
