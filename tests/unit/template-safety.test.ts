import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Astro escapes what a template prints, except through a few doors: `set:html` prints raw HTML,
 * `define:vars` writes values into a script (GHSA-j687-52p2-xcff), and a spread `{...x}` lets
 * data choose attribute names (GHSA-f48w-9m4c-m7f5, GHSA-jrpj-wcv7-9fh9). Content data must
 * never go through them: each use in the templates is listed here, with why it is safe.
 */
const SRC = join(import.meta.dirname, '../../src');

/** The only raw HTML: JSON-LD, with `<` escaped so no text can close the element. */
const SET_HTML_ALLOWED = new Map([['components/JsonLd.astro', /JSON\.stringify\(Astro\.props\.data\)\.replace\(\/<\/g, '\\\\u003c'\)/]]);
/** Spreads of constants defined in our code, or of a component's own typed attributes. */
const SPREAD_ALLOWED = new Set(['UI_LANGUAGE', 'EXTERNAL_LINK', 'attributes']);

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.astro'))
		.map((path) => join(dir, path));
}

const templates = astroFiles(SRC).map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }));

describe('the templates', () => {
	it('are there to check', () => {
		expect(templates.length).toBeGreaterThan(20);
	});

	it('never use define:vars', () => {
		expect(templates.filter(({ text }) => text.includes('define:vars')).map(({ file }) => file)).toEqual([]);
	});

	it('use set:html and set:text only where listed, and escape what they print', () => {
		const users = templates.filter(({ text }) => /set:html|set:text/.test(text));
		expect(users.map(({ file }) => file)).toEqual([...SET_HTML_ALLOWED.keys()]);
		for (const { file, text } of users) expect(text, file).toMatch(SET_HTML_ALLOWED.get(file)!);
	});

	it('spread only constants and typed attributes', () => {
		const spreads = templates.flatMap(({ file, text }) => [...text.matchAll(/\{\s*\.\.\.\s*([\w.]+)\s*\}/g)].map((match) => ({ file, name: match[1]! })));
		expect(spreads.length).toBeGreaterThan(0);
		expect(spreads.filter(({ name }) => !SPREAD_ALLOWED.has(name))).toEqual([]);
	});

	it('never build an element name from data', () => {
		// `<Tag>` where Tag comes from props is how GHSA-mh32-jxcr-mh9f reaches a page.
		const dynamic = templates.filter(({ text }) => /const\s+[A-Z]\w*\s*=\s*(?:Astro\.props|props)\b/.test(text) || /<\{/.test(text));
		expect(dynamic.map(({ file }) => file)).toEqual([]);
	});
});
