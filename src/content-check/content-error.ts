/** One thing wrong with the content, said so that an editor can find it and fix it. */
export interface ContentError {
	/** The file, relative to the project root. */
	file: string;
	/** 1-based line in the file, where there is one. */
	line?: number | undefined;
	/** The field, written as an editor would look for it: `claims[3].sources[0]`. */
	field?: string;
	message: string;
	/** What to do about it, where that is not obvious from the message. */
	hint?: string;
}

/** `['claims', 3, 'sources', 0]` → `claims[3].sources[0]` */
export function formatFieldPath(path: readonly PropertyKey[]): string {
	return path.reduce<string>((text, key) => {
		if (typeof key === 'number') return `${text}[${key}]`;
		return text ? `${text}.${String(key)}` : String(key);
	}, '');
}

/** `file:line: field: message`, the form editors and terminals make clickable. */
export function formatContentError(error: ContentError): string {
	const place = error.line ? `${error.file}:${error.line}` : error.file;
	const field = error.field ? `${error.field}: ` : '';
	const hint = error.hint ? `\n    hint: ${error.hint}` : '';
	return `${place}: ${field}${error.message}${hint}`;
}

export function formatContentErrors(errors: readonly ContentError[]): string {
	const files = new Set(errors.map((error) => error.file)).size;
	const heading = `${errors.length} content error${errors.length === 1 ? '' : 's'} in ${files} file${files === 1 ? '' : 's'}; nothing was published:`;
	return [heading, ...errors.map((error) => `  ${formatContentError(error).replace(/\n/g, '\n  ')}`)].join('\n');
}

/** Errors in a stable order: by file, then by line. */
export function sortContentErrors(errors: ContentError[]): ContentError[] {
	return errors.sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
}
