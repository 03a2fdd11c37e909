import { describe, expect, it } from 'vitest';
import { minutesFor } from './reading-time.ts';
import { wordCount } from './word-count.ts';

describe('minutesFor', () => {
	it('counts the words a reader sees, not the markup', () => {
		const words = Array.from({ length: 460 }, () => 'word').join(' ');
		expect(minutesFor(wordCount(`## Heading\n\n:claim[${words}]{#a-very-long-claim-id}`))).toBe(2);
	});
	it('never says zero minutes', () => {
		expect(minutesFor(wordCount('Short.'))).toBe(1);
	});
});
