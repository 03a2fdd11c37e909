import { describe, expect, it } from 'vitest';
import { linkTo } from './share-url.ts';

describe('linkTo', () => {
	it('drops the query and the current anchor', () => {
		expect(linkTo('https://d.example/articles/a/?highlight=hack#p1a2b3c', 'claim-x')).toBe('https://d.example/articles/a/#claim-x');
	});
	it('links to the page itself when there is no anchor', () => {
		expect(linkTo('https://d.example/m/articles/a/#claim-y', '')).toBe('https://d.example/m/articles/a/');
	});
});
