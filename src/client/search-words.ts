import { searchWords } from '../i18n/scripts/search.ts';

let words: typeof searchWords | undefined;

/** The search page's words: sent with its form where the page is in another language than the English these scripts carry. */
export function searchPageWords(): typeof searchWords {
	const sent = document.querySelector<HTMLElement>('#search-form')?.dataset.words;
	words ??= sent ? (JSON.parse(sent) as typeof searchWords) : searchWords;
	return words;
}
