import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimAnchor, markerAnchor, sourceAnchor } from '../lib/claim-anchors.ts';
import { isReservedAnchor, SECTION_ANCHORS } from './reserved-anchors.ts';

const ROOT = join(import.meta.dirname, '../..');

/** What a piece page is made of besides its body: every component and layout, the page itself, its scripts. */
const CHROME = [
	...['src/components', 'src/layouts', 'src/client'].flatMap((dir) =>
		readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
			.filter((path) => /\.(astro|ts)$/.test(path) && !path.endsWith('.test.ts'))
			.map((path) => join(ROOT, dir, path)),
	),
	join(ROOT, 'src/pages/articles/[slug].astro'),
];

/** The helpers the templates make ids with, each given a sample argument. */
const ID_EXPRESSIONS: Record<string, string> = {
	...Object.fromEntries(Object.entries(SECTION_ANCHORS).map(([key, id]) => [`SECTION_ANCHORS.${key}`, id])),
	'claimAnchor(claim.id)': claimAnchor('x'),
	'sourceAnchor(source.id)': sourceAnchor('x'),
	'markerAnchor(claim.id)': markerAnchor('x'),
};

/**
 * Every id a file writes, as a sample value: `id="main"`, `id={SECTION_ANCHORS.ledger}`,
 * `` id={`year-${year}`} `` (the variable part given as digits), and `x.id = 'claim-tip'` in scripts.
 * An expression it cannot read comes back as itself, and fails the test below until it is added.
 */
function idsWritten(text: string): string[] {
	const ids: string[] = [];
	for (const match of text.matchAll(/\bid=(?:"([^"]*)"|'([^']*)'|\{([^}]*(?:\}[^}]*?`)?)\})/g)) {
		const [, double, single, expression] = match;
		if (double !== undefined || single !== undefined) ids.push((double ?? single)!);
		else if (expression !== undefined) {
			const template = /^`([^`]*)`$/.exec(expression.trim());
			ids.push(template ? template[1]!.replace(/\$\{[^}]*\}/g, '1988') : (ID_EXPRESSIONS[expression.trim()] ?? `unread expression: ${expression}`));
		}
	}
	for (const match of text.matchAll(/\.id\s*=\s*['"]([^'"]+)['"]/g)) ids.push(match[1]!);
	return ids;
}

describe('reserved anchors', () => {
	it('reserve every id the page’s own components, layouts and scripts write', () => {
		const found = CHROME.flatMap((path) => idsWritten(readFileSync(path, 'utf8')).map((id) => ({ file: relative(ROOT, path), id })));
		// The scan does find the ids: an empty list would pass anything.
		expect(found.map(({ id }) => id)).toEqual(expect.arrayContaining(['main', 'header-search-query', 'related-pieces', 'ledger', 'claim-x']));
		expect(found.filter(({ id }) => !isReservedAnchor(id))).toEqual([]);
	});

	it.each(['header-search-query', 'main', 'related-pieces', 'ledger', 'sources', 'corrections', 'claim-x', 'source-x', 'mark-x', 'p1a2b3c', 'year-1988'])(
		'reserves %s',
		(id) => {
			expect(isReservedAnchor(id)).toBe(true);
		},
	);

	it.each(['regimes-fragile-state', 'the-record', '1988', 'a-year-of-protest'])('leaves %s to headings', (id) => {
		expect(isReservedAnchor(id)).toBe(false);
	});
});
