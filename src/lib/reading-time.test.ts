import { describe, expect, it } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
	it('counts the words a reader sees, not the markup', () => {
		const words = Array.from({ length: 460 }, () => 'word').join(' ');
		expect(readingMinutes(`## Heading\n\n:claim[${words}]{#a-very-long-claim-id}`)).toBe(2);
	});
	it('never says zero minutes', () => {
		expect(readingMinutes('Short.')).toBe(1);
	});
});
