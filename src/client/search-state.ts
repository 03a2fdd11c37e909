/** What a search is: its words, its filters and its order, as they stand in the page's URL. */
export interface SearchState {
	query: string;
	filters: Record<string, string[]>;
	sort: 'relevance' | 'newest';
}

/** The filters a reader can set, by URL parameter, as Pagefind names them. */
export const FILTER_KEYS = ['kind', 'topic', 'year', 'status'] as const;

export function stateFromUrl(search: string): SearchState {
	const params = new URLSearchParams(search);
	const filters: Record<string, string[]> = {};
	for (const key of FILTER_KEYS) {
		const values = params.getAll(key).filter(Boolean);
		if (values.length > 0) filters[key] = values;
	}
	return { query: params.get('q') ?? '', filters, sort: params.get('sort') === 'newest' ? 'newest' : 'relevance' };
}

/** `?q=…&kind=…&sort=newest`: a search a reader can share, and Back can return to. */
export function urlFromState(state: SearchState): string {
	const params = new URLSearchParams();
	if (state.query) params.set('q', state.query);
	for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
	if (state.sort === 'newest') params.set('sort', 'newest');
	const text = params.toString();
	return text ? `?${text}` : '';
}
