/** Words a reader reads in a minute: a common figure for prose on a screen. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read so many words (a piece's, as its rendering counted them: ../markdown/remark-word-count.ts). */
export function minutesFor(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
