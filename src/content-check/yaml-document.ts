import { isMap, isSeq, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface ParsedYaml {
	/** The data, with dates left as the strings written, so that 2026-02-30 reaches the date check. */
	data: unknown;
	/** YAML syntax errors with their 1-based line in the file. */
	syntaxErrors: { line: number; message: string }[];
	/** The 1-based line in the file where the value at `path` is written, or its nearest written parent. */
	lineOf(path: ReadonlyArray<PropertyKey>): number | undefined;
}

/**
 * Parses YAML keeping every node's position. `firstLine` is the file line the YAML starts on
 * (2 for frontmatter after its opening `---`), so lines come out as the editor sees them.
 *
 * The `core` schema does not turn `2022-02-14` into a Date: js-yaml, which Astro uses, would
 * turn `2026-02-30` into 2 March without a word.
 */
export function parseYaml(text: string, firstLine = 1): ParsedYaml {
	const lineCounter = new LineCounter();
	const doc = parseDocument(text, { schema: 'core', lineCounter, prettyErrors: false, uniqueKeys: true });
	const toFileLine = (offset: number) => lineCounter.linePos(offset).line + firstLine - 1;
	const syntaxErrors = doc.errors.map((error) => ({
		line: toFileLine(error.pos[0]),
		message: error.message.split('\n')[0] ?? error.message,
	}));
	let data: unknown;
	if (syntaxErrors.length === 0) {
		try {
			data = doc.toJS();
		} catch (error) {
			// An alias bomb (one anchor expanded a billion times) is refused here, not expanded.
			syntaxErrors.push({ line: firstLine, message: error instanceof Error ? error.message : String(error) });
		}
	}
	return {
		data,
		syntaxErrors,
		lineOf(path) {
			const offset = offsetOf(doc, path);
			return offset === undefined ? undefined : toFileLine(offset);
		},
	};
}

/** The offset of the deepest node on `path` that is written; a map entry counts from its key. */
function offsetOf(doc: Document, path: ReadonlyArray<PropertyKey>): number | undefined {
	let node: unknown = doc.contents;
	let offset: number | undefined;
	for (const key of path) {
		if (isMap(node)) {
			const pair = node.items.find((item) => (item.key as { value?: unknown } | null)?.value === key);
			if (!pair) break;
			offset = (pair.key as Node).range?.[0];
			node = pair.value;
		} else if (isSeq(node) && typeof key === 'number') {
			const item = node.items[key] as Node | undefined;
			if (!item) break;
			offset = item.range?.[0];
			node = item;
		} else {
			break;
		}
	}
	return offset;
}
