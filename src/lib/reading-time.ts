import { wordCount } from './word-count.ts';

/** Words a reader reads in a minute: a common figure for prose on a screen. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read a Markdown body, counting only the words a reader sees (./word-count.ts). */
export function readingMinutes(markdown: string): number {
	return minutesFor(wordCount(markdown));
}

/** Minutes to read so many words. */
export function minutesFor(words: number): number {
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
