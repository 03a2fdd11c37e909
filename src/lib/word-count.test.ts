import { describe, expect, it } from 'vitest';
import { wordCount } from './word-count.ts';

describe('wordCount', () => {
	it('counts the words a reader sees: not claim ids, addresses, HTML tags or Markdown signs', () => {
		expect(
			wordCount(
				'## A heading\n\n:claim[three marked words]{#a-long-claim-id} and [a link](https://example.org/some/long/path) <abbr title="x">IRGC</abbr> **bold** `code`',
			),
		).toBe(11);
	});

	it('counts Persian words as words, joiners and all', () => {
		expect(wordCount('کارگران در تهران می‌گویند')).toBe(4);
	});

	it('counts the text of each block apart, and code as it is written', () => {
		expect(wordCount('# Title\nFirst paragraph.\n\n| a | b |\n| - | - |\n| one | two |\n\n```\nconst x = 1;\n```')).toBe(10);
	});

	it('counts nothing in an empty body', () => {
		expect(wordCount('\n\n')).toBe(0);
	});
});
