import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { PARAGRAPH_ID, paragraphId, rehypeParagraphIds } from './rehype-paragraph-ids.ts';

const ids = (html: string) =>
	[...String(unified().use(rehypeParse, { fragment: true }).use(rehypeParagraphIds).use(rehypeStringify).processSync(html)).matchAll(/<p id="([^"]+)"/g)].map(
		(match) => match[1],
	);

describe('rehypeParagraphIds', () => {
	const body = ['<p>First paragraph.</p>', '<p>Second paragraph.</p>', '<p>Third paragraph.</p>'];

	it('gives each paragraph an id from its own words', () => {
		expect(ids(body.join(''))).toEqual([paragraphId('First paragraph.'), paragraphId('Second paragraph.'), paragraphId('Third paragraph.')]);
		expect(ids(body.join('')).every((id) => PARAGRAPH_ID.test(id!))).toBe(true);
	});

	it('keeps the other ids when one paragraph is edited or a new one inserted', () => {
		const before = ids(body.join(''));
		const edited = ids([body[0], '<p>Second paragraph, rewritten.</p>', body[2]].join(''));
		const inserted = ids([body[0], '<p>A new paragraph.</p>', ...body.slice(1)].join(''));
		expect([edited[0], edited[2]]).toEqual([before[0], before[2]]);
		expect(edited[1]).not.toBe(before[1]);
		expect([inserted[0], inserted[2], inserted[3]]).toEqual(before);
	});

	it('numbers paragraphs with the same words, and ignores differences of white space', () => {
		const same = ids('<p>Same words.</p><p>Same  words.</p>');
		expect(same).toEqual([paragraphId('Same words.'), `${paragraphId('Same words.')}-2`]);
	});
});
