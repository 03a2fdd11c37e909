import { describe, expect, it } from 'vitest';
import { closestName } from './closest-name.ts';

describe('closestName', () => {
	it('finds the name a misspelling most likely meant, ignoring case, within two edits', () => {
		expect(closestName('deck', ['title', 'dek', 'kind'])).toBe('dek');
		expect(closestName('Publised', ['published', 'updated'])).toBe('published');
		expect(closestName('assertedby', ['assertedBy', 'status'])).toBe('assertedBy');
	});

	it('prefers the closest of several, and finds nothing too far off', () => {
		expect(closestName('sattus', ['statuses', 'status'])).toBe('status');
		expect(closestName('headline', ['title', 'dek'])).toBeUndefined();
	});
});
