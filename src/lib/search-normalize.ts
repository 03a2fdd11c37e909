/**
 * Persian text is typed on Arabic keyboards as often as on Persian ones: the same word may come
 * with Arabic yeh and kaf (ي ك) or Persian ones (ی ک), with or without a zero-width non-joiner
 * (می‌خواهم / میخواهم). Pagefind treats the letter forms as different words, so the index and
 * every query meet in the Persian forms.
 */
const ARABIC_TO_PERSIAN: Record<string, string> = {
	'\u064a': '\u06cc', // ي Arabic yeh → ی Farsi yeh
	'\u0649': '\u06cc', // ى alef maksura → ی
	'\u0643': '\u06a9', // ك Arabic kaf → ک keheh
};

/** Joiners, tatweel and short-vowel marks: invisible or optional in written Persian. */
// eslint-disable-next-line no-misleading-character-class -- each of these is dropped alone, joiners and marks included
const DROPPED = /[\u200c\u200d\u0640\u064b-\u065f\u0670]/g;

/**
 * For the index: Persian letter forms only, so excerpts still read as written. Pagefind's own
 * word splitting already drops joiners and vowel marks.
 */
export function persianLetterForms(text: string): string {
	return text.replace(/[\u064a\u0649\u0643]/g, (letter) => ARABIC_TO_PERSIAN[letter] ?? letter);
}

/** For a query: Persian letter forms, and no joiners, tatweel or vowel marks. */
export function normalizeForSearch(text: string): string {
	return persianLetterForms(text).replace(DROPPED, '');
}
