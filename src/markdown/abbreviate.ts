/** A piece of the body quoted in a message: on one line, and short enough to read in a terminal. */
export function abbreviate(text: string, max = 80): string {
	const oneLine = text.replace(/\s+/g, ' ').trim();
	return oneLine.length > max ? `${oneLine.slice(0, max - 1)}…` : oneLine;
}
