import { isMap, isSeq, LineCounter, parseDocument, visit, type Document, type Node, type YAMLError } from 'yaml';

export interface ParsedYaml {
	/** The data, with dates left as the strings written, so that 2026-02-30 reaches the date check. */
	data: unknown;
	/** YAML syntax errors with their 1-based line in the file. */
	syntaxErrors: { line: number; message: string }[];
	/** The 1-based line in the file where the value at `path` is written, or its nearest written parent. */
	lineOf(path: readonly PropertyKey[]): number | undefined;
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
	// One structure too deep gives the same error at every level it fails on: it is said once.
	const syntaxErrors = doc.errors
		.map((error) => ({ line: toFileLine(error.pos[0]), message: syntaxMessage(error, text) }))
		.filter((error, index, all) => all.findIndex((other) => other.line === error.line && other.message === error.message) === index);
	let data: unknown;
	if (syntaxErrors.length === 0) {
		try {
			data = doc.toJS();
		} catch (error) {
			// An alias bomb (one anchor expanded a billion times) is refused here, not expanded, at
			// the first line that repeats an anchor: that is where the editor looks.
			const aliases = aliasOffsets(doc);
			const isAliasBomb = error instanceof ReferenceError && aliases.length > 0;
			syntaxErrors.push({
				line: isAliasBomb ? toFileLine(aliases[0]!) : firstLine,
				message: isAliasBomb
					? `the aliases (*name, from line ${toFileLine(aliases[0]!)}) repeat values so many times that reading them could stall the build: write the values out instead of repeating them with * aliases`
					: plainWords(error instanceof Error ? error.message : String(error)),
			});
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
function offsetOf(doc: Document, path: readonly PropertyKey[]): number | undefined {
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

/** Where each `*alias` of the document is written, in order. */
function aliasOffsets(doc: Document): number[] {
	const offsets: number[] = [];
	visit(doc, {
		Alias(_, alias) {
			if (alias.range) offsets.push(alias.range[0]);
		},
	});
	return offsets.sort((a, b) => a - b);
}

/**
 * The YAML library's message, in words an editor can act on: the key written twice is named, and
 * a structure too deep to read says so instead of "Maximum call stack size exceeded".
 */
function syntaxMessage(error: YAMLError, text: string): string {
	if (error.code === 'DUPLICATE_KEY') {
		const key = /^[^\r\n:]*/
			.exec(text.slice(error.pos[0]))?.[0]
			.trim()
			.replace(/^(["'])(.*)\1$/, '$2');
		return key ? `the field "${key}" is written twice: keep one of them` : 'a field is written twice: keep one of them';
	}
	return plainWords(error.message.split('\n')[0] ?? error.message);
}

function plainWords(message: string): string {
	if (/maximum call stack size exceeded/i.test(message)) {
		return 'lists or groups of fields are nested inside each other too deeply to be read (no field of a piece or a source goes more than four levels deep): remove the extra [ ] or { } brackets or indented levels';
	}
	return message;
}
