import { describe, expect, it } from 'vitest';
import { formatContentError, formatContentErrors, formatFieldPath, sortContentErrors } from './content-error.ts';

describe('formatFieldPath', () => {
	it.each([
		[['claims', 3, 'sources', 0], 'claims[3].sources[0]'],
		[['origin', 'url'], 'origin.url'],
		[['title'], 'title'],
		[[], ''],
	])('%j → %s', (path, text) => {
		expect(formatFieldPath(path)).toBe(text);
	});
});

describe('formatContentError', () => {
	it('writes file:line: field: message, and the hint below', () => {
		expect(
			formatContentError({
				file: 'content/articles/2022/x.md',
				line: 14,
				field: 'claims[3].sources[0]',
				message: 'names the source "y", which does not exist',
				hint: 'add it',
			}),
		).toBe('content/articles/2022/x.md:14: claims[3].sources[0]: names the source "y", which does not exist\n    hint: add it');
	});
	it('leaves out the line and the field where there are none', () => {
		expect(formatContentError({ file: 'content/articles', message: 'there is no published piece' })).toBe('content/articles: there is no published piece');
	});
});

describe('formatContentErrors', () => {
	it('counts the errors and the files, and says nothing was published', () => {
		const errors = sortContentErrors([
			{ file: 'b.md', line: 2, message: 'two' },
			{ file: 'a.md', line: 9, message: 'one' },
			{ file: 'b.md', line: 1, message: 'three' },
		]);
		expect(formatContentErrors(errors)).toBe('3 content errors in 2 files; nothing was published:\n  a.md:9: one\n  b.md:1: three\n  b.md:2: two');
	});
});
