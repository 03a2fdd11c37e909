/**
 * Invisible characters that change what a reader sees without showing themselves. Bidirectional
 * embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) reorder the letters around
 * them, so a claim can read one way on the page and another in the search index, the feeds and
 * /claims.json; a zero-width space (U+200B), a word joiner (U+2060) or a byte order mark inside
 * text (U+FEFF) split or join words invisibly, so a search for them finds nothing.
 *
 * Not refused: the zero-width non-joiner (U+200C) and joiner (U+200D), which Persian, Arabic and
 * Indic scripts need to spell words, and the left-to-right and right-to-left marks (U+200E,
 * U+200F), which only nudge punctuation between scripts and reorder no letters.
 */
const INVISIBLE: Record<string, string> = {
	'\u202a': 'left-to-right embedding',
	'\u202b': 'right-to-left embedding',
	'\u202c': 'pop directional formatting',
	'\u202d': 'left-to-right override',
	'\u202e': 'right-to-left override',
	'\u2066': 'left-to-right isolate',
	'\u2067': 'right-to-left isolate',
	'\u2068': 'first strong isolate',
	'\u2069': 'pop directional isolate',
	'\u200b': 'zero-width space',
	'\u2060': 'word joiner',
	'\ufeff': 'zero-width no-break space (byte order mark)',
};
const INVISIBLE_PATTERN = new RegExp(`[${Object.keys(INVISIBLE).join('')}]`, 'u');
const BIDI_CONTROL = /[\u202a-\u202e\u2066-\u2069]/u;

const codePoint = (character: string) => `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** What an editor needs to know about the first such character in `text`, or `undefined`. */
export function invisibleCharacterProblem(text: string): string | undefined {
	const match = INVISIBLE_PATTERN.exec(text);
	if (!match) return undefined;
	const character = match[0];
	const before = text.slice(Math.max(0, match.index - 20), match.index).trim();
	const where = before ? `after "${before}"` : 'at the start';
	const what = BIDI_CONTROL.test(character)
		? `contains an invisible bidirectional control character (${codePoint(character)}, ${INVISIBLE[character]}) ${where}, which can make it read differently from what it says`
		: `contains an invisible ${INVISIBLE[character]} (${codePoint(character)}) ${where}, which readers cannot see and searches trip on`;
	return `${what}: delete it (retype the words around it if the editor does not show it)`;
}
