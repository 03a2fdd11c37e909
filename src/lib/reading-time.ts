/** Words a reader reads in a minute: a common figure for prose on a screen. */
const WORDS_PER_MINUTE = 230;

/** Minutes to read a Markdown body, counting only the words a reader sees. */
export function readingMinutes(markdown: string): number {
	const text = markdown
		.replace(/:claim\[([^\]]*)\]\{[^}]*\}/g, '$1')
		.replace(/<[^>]+>/g, ' ')
		.replace(/[#>*_`\-[\]()]/g, ' ');
	const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
	return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
