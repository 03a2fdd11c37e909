/**
 * Reading the source files and adding `archive:` to one. The edit is made on the YAML document
 * (the `yaml` package's Document API), which decides where the field goes and how its value is
 * written; the file is then changed by inserting that one line, and nothing else, so the editor's
 * comments, spacing, quoting and key order stay byte for byte. The result is parsed again and
 * must hold the same fields, in the Document's order, plus `archive`; otherwise nothing is written.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { isMap, isScalar, parseDocument, type Document, type Pair, type YAMLMap } from 'yaml';
import { writeAtomically } from '../lib/write-atomically.ts';

export interface SourceFile {
	/** The file name without `.yaml`: the id claims cite. */
	id: string;
	path: string;
	text: string;
	url?: string;
	accessed?: string;
	published?: string;
	archive?: string;
	/** Why the file cannot be worked on, when it cannot (the content check says more). */
	problem?: string;
}

/** A change to a source file that was not made, and why, for the editor. */
export class SourceFileError extends Error {}

/** The fields `archive` follows, the nearest first: sources are written in this order. */
const FIELDS_BEFORE_ARCHIVE = ['accessed', 'published', 'url'] as const;

function parse(text: string): Document {
	// `core`: dates stay the text written (2026-02-30 is not turned into 2 March).
	return parseDocument(text, { schema: 'core', uniqueKeys: true, prettyErrors: false });
}

/** Every `sources/**\/*.yaml` of the content directory, by id. */
export function readSources(contentDir: string): SourceFile[] {
	const dir = join(contentDir, 'sources');
	let names: string[];
	try {
		names = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml'));
	} catch {
		throw new SourceFileError(`there is no folder ${dir}`);
	}
	return names
		.map((name) =>
			readSource(
				join(dir, name),
				name
					.split('/')
					.at(-1)!
					.replace(/\.yaml$/, ''),
			),
		)
		.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

export function readSource(path: string, id: string): SourceFile {
	const text = readFileSync(path, 'utf8');
	const doc = parse(text);
	if (doc.errors.length > 0) return { id, path, text, problem: 'is not valid YAML (npm run check:content says where)' };
	if (!isMap(doc.contents)) return { id, path, text, problem: 'does not hold the fields of a source (npm run check:content says more)' };
	const field = (name: string) => {
		const value = doc.get(name);
		return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
	};
	const file: SourceFile = { id, path, text };
	for (const name of ['url', 'accessed', 'published', 'archive'] as const) {
		const value = field(name);
		// A day written otherwise is the content check's to report; the lookup goes without it.
		if (value !== undefined && (name === 'url' || name === 'archive' || /^\d{4}-\d{2}-\d{2}$/.test(value))) file[name] = value;
	}
	if (file.archive === undefined && doc.has('archive')) file.problem = 'has an empty `archive:` field: delete it or fill it in';
	else if (!file.url) file.problem = 'has no `url`';
	else if (!/^https?:\/\//i.test(file.url) || !URL.canParse(file.url)) file.problem = `has a \`url\` that is not an http(s) address: ${file.url}`;
	return file;
}

/**
 * The text of a source file with `archive: <address>` added after `accessed` (else `published`,
 * else `url`), and after a `# archive: …` placeholder comment right below it (the one
 * `npm run new:source` writes), every other byte as it was.
 */
export function withArchive(text: string, address: string): string {
	const doc = parse(text);
	if (doc.errors.length > 0) throw new SourceFileError('the file is not valid YAML');
	const map = doc.contents;
	if (!isMap(map) || map.flow) throw new SourceFileError('the file is not a list of fields, one a line');
	if (doc.has('archive')) throw new SourceFileError('the file has an `archive` field already');

	// The edit as the Document API makes it: where the pair goes, and the line it is written as.
	const edited = doc.clone();
	edited.set('archive', address);
	const editedMap = edited.contents as YAMLMap;
	const added = editedMap.items.pop()!;
	const anchorKey = FIELDS_BEFORE_ARCHIVE.find((key) => map.has(key));
	const anchorIndex = anchorKey === undefined ? map.items.length - 1 : map.items.findIndex((pair) => keyName(pair) === anchorKey);
	editedMap.items.splice(anchorIndex + 1, 0, added);
	const line = edited
		.toString({ lineWidth: 0 })
		.split(/\r?\n/)
		.filter((written) => /^archive\s*:/.test(written));
	if (line.length !== 1 || parse(`${line[0]}\n`).get('archive') !== address) throw new SourceFileError('the address cannot be written on one line');

	const anchor = map.items[anchorIndex];
	const eol = text.includes('\r\n') ? '\r\n' : '\n';
	let at: number;
	let inserted: string;
	if (!anchor) {
		at = text.length;
		inserted = `${text === '' || text.endsWith('\n') ? '' : eol}${line[0]}${eol}`;
	} else {
		const indent = ' '.repeat(column(text, nodeRange(anchor.key)?.[0] ?? 0));
		at = endOfLine(text, nodeRange(anchor.value)?.[1] ?? nodeRange(anchor.key)?.[1] ?? 0);
		const placeholder = /^[ \t]*#[ \t]*archive[ \t]*:[^\r\n]*(?:\r?\n|$)/.exec(text.slice(at));
		if (placeholder) at += placeholder[0].length;
		const needsBreak = at === text.length && !text.endsWith('\n');
		inserted = needsBreak ? `${eol}${indent}${line[0]}` : `${indent}${line[0]}${eol}`;
	}
	const result = text.slice(0, at) + inserted + text.slice(at);

	// What was written must be what the Document says, and nothing else may have changed.
	const check = parse(result);
	const before = doc.toJS() as Record<string, unknown>;
	const after = check.errors.length === 0 ? (check.toJS() as Record<string, unknown> | null) : null;
	const expectedKeys = editedMap.items.map(keyName);
	if (
		!after ||
		!isDeepStrictEqual(after, { ...before, archive: address }) ||
		!isDeepStrictEqual(Object.keys(after), expectedKeys) ||
		result.slice(0, at) + result.slice(at + inserted.length) !== text
	) {
		throw new SourceFileError('the field could not be added without changing other lines of the file');
	}
	return result;
}

/**
 * Writes `archive: <address>` into the file, unless it changed since it was read (an editor
 * saving it meanwhile): then nothing is written and the editor is told to run the command again.
 */
export function writeArchive(file: SourceFile, address: string): void {
	const updated = withArchive(file.text, address);
	if (readFileSync(file.path, 'utf8') !== file.text) throw new SourceFileError('the file changed while the command ran: run it again');
	writeAtomically(file.path, updated);
}

function keyName(pair: Pair): unknown {
	return isScalar(pair.key) ? pair.key.value : pair.key;
}

function nodeRange(node: unknown): readonly [number, number, number] | undefined {
	const range = (node as { range?: unknown } | null)?.range;
	return Array.isArray(range) ? (range as unknown as [number, number, number]) : undefined;
}

/** The column of `offset` on its line. */
function column(text: string, offset: number): number {
	return offset - (text.lastIndexOf('\n', offset - 1) + 1);
}

/** The start of the line after the one `end` (the end of a value) is on; a block value ends with its line break. */
function endOfLine(text: string, end: number): number {
	if (end > 0 && text[end - 1] === '\n') return end;
	const newline = text.indexOf('\n', end);
	return newline === -1 ? text.length : newline + 1;
}
