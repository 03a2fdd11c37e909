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
const SET_HTML_ALLOWED = new Map([['components/JsonLd.astro', /JSON\.stringify\(Astro\.props\.data\)\s*\.replace\(\/<\/g, '\\\\u003c'\)/]]);
/**
 * Spreads of constants defined in our code, or of a component's own typed attributes. `ui.attrs`
 * and `ui.englishOnly` are `{ lang, dir }` objects, frozen, one a language (src/i18n/ui.ts).
 */
const SPREAD_ALLOWED = new Set(['EXTERNAL_LINK', 'attributes', 'ui.attrs', 'ui.englishOnly']);
/**
 * Components that are neither imported nor built in, and where each comes from: the rendered
 * Markdown body of a piece, which Astro's `render()` returns, not anything the props choose.
 */
const LOCAL_COMPONENTS_ALLOWED = new Map([['Content', /const \{ Content\b[^}]*\} = await render\(/]]);
/** Astro's own components, which need no import. */
const BUILT_IN_COMPONENTS = new Set(['Fragment']);

function astroFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((path) => path.endsWith('.astro'))
		.map((path) => join(dir, path));
}

const templates = astroFiles(SRC).map((path) => ({ file: relative(SRC, path), text: readFileSync(path, 'utf8') }));

/** A template's frontmatter script and its markup, without the contents of its <script> and <style> elements. */
function partsOf(text: string): { script: string; markup: string } {
	const fenced = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	const script = fenced?.[1] ?? '';
	const markup = text.slice(fenced?.[0].length ?? 0).replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
	return { script, markup };
}

/** The text from an opening bracket at `start` to its closing bracket, skipping strings and nested brackets. */
function balanced(text: string, start: number): string | undefined {
	const closing: Record<string, string> = { '{': '}', '[': ']', '(': ')' };
	const stack: string[] = [];
	for (let index = start; index < text.length; index += 1) {
		const char = text[index]!;
		if (char === '"' || char === "'" || char === '`') {
			const end = text.indexOf(char, index + 1);
			if (end === -1) return undefined;
			index = end;
		} else if (closing[char]) stack.push(closing[char]);
		else if (char === stack.at(-1)) {
			stack.pop();
			if (stack.length === 0) return text.slice(start + 1, index);
		}
	}
	return undefined;
}

/** Splits a destructuring pattern's inside at its top-level commas. */
function topLevelParts(pattern: string): string[] {
	const parts: string[] = [];
	let depth = 0;
	let current = '';
	for (let index = 0; index < pattern.length; index += 1) {
		const char = pattern[index]!;
		if (char === '"' || char === "'" || char === '`') {
			const end = pattern.indexOf(char, index + 1);
			current += pattern.slice(index, end + 1);
			index = end === -1 ? pattern.length : end;
			continue;
		}
		if ('{[('.includes(char)) depth += 1;
		if ('}])'.includes(char)) depth -= 1;
		if (char === ',' && depth === 0) {
			parts.push(current);
			current = '';
		} else current += char;
	}
	return [...parts, current].map((part) => part.trim()).filter(Boolean);
}

/** The names a destructuring pattern (`as: Tag = 'div', title, ...rest`, nested ones too) binds. */
function boundNames(pattern: string): string[] {
	return topLevelParts(pattern).flatMap((part) => {
		const entry = part.replace(/^\.\.\./, '');
		// `key: target = default`: the target is after the first top-level colon, before any default.
		const colon = topLevelParts(entry.replace(/:/, ',')).length > 1 && /^[\w$'"[\]]+\s*:/.test(entry) ? entry.indexOf(':') : -1;
		const target = (colon === -1 ? entry : entry.slice(colon + 1)).trim();
		if (target.startsWith('{') || target.startsWith('[')) return boundNames(balanced(target, 0) ?? '');
		const name = /^[\w$]+/.exec(target)?.[0];
		return name ? [name] : [];
	});
}

const PROPS = String.raw`(?:Astro\.props|props)\b`;

/**
 * Every way a template lets data choose the name of an element or component, as `where: what`.
 * `<Tag>` where Tag comes from props is how GHSA-mh32-jxcr-mh9f reaches a page.
 */
function elementNamesFromData(text: string): string[] {
	const { script, markup } = partsOf(text);
	const found: string[] = [];
	const fromProps = new Set<string>();

	// `const Tag = Astro.props.as`, `let Element = props.tag ?? 'div'`
	for (const match of script.matchAll(new RegExp(String.raw`\b(?:const|let|var)\s+([A-Z][\w$]*)\s*=\s*${PROPS}`, 'g'))) {
		found.push(`script: ${match[1]} is assigned from the props`);
	}
	// `const { as: Tag } = Astro.props`, `const { tag: Element = 'div' } = props`, `const { Icon } = Astro.props`
	for (const match of script.matchAll(/\b(?:const|let|var)\s*(?=\{)/g)) {
		const start = match.index + match[0].length;
		const pattern = balanced(script, start);
		if (pattern === undefined) continue;
		if (!new RegExp(String.raw`^\s*=\s*${PROPS}`).test(script.slice(start + pattern.length + 2))) continue;
		for (const name of boundNames(pattern)) {
			fromProps.add(name);
			if (/^[A-Z]/.test(name)) found.push(`script: ${name} is destructured from the props`);
		}
	}
	// `const { as } = Astro.props; const Tag = as ?? 'div'`
	for (const match of script.matchAll(/\b(?:const|let|var)\s+([A-Z][\w$]*)\s*=\s*([^;\n]*)/g)) {
		const used = [...fromProps].find((name) => new RegExp(String.raw`(?<![\w$.])${name.replace(/\$/g, '\\$')}(?![\w$])`).test(match[2]!));
		if (used) found.push(`script: ${match[1]} is made from ${used}, a prop`);
	}

	// In the markup: `<{expr}>`, and every capitalised or dotted tag name (`<Tag>`, `<Astro.props.as>`) must be a component
	// the script imports. A tag name follows its `<` at once: `a < B` is a comparison.
	if (/<\s*\{/.test(markup)) found.push('markup: an element named by an expression, <{…}>');
	const imported = new Set(
		[...script.matchAll(/^\s*import\s+(?:type\s+)?([^;'"]*?)\s+from\s/gm)].flatMap((match) =>
			match[1]!
				.replace(/[{}]/g, ',')
				.split(',')
				.map((name) =>
					name
						.trim()
						.replace(/^type\s+/, '')
						.split(/\s+as\s+/)
						.at(-1)!
						.replace(/^\*\s*/, ''),
				)
				.filter(Boolean),
		),
	);
	for (const match of markup.matchAll(/<\/?([A-Za-z_$][\w$]*(?:\.[\w$]+)*)/g)) {
		const name = match[1]!;
		const root = name.split('.')[0]!;
		const isComponent = /^[A-Z]/.test(name) || name.includes('.');
		if (!isComponent || BUILT_IN_COMPONENTS.has(name)) continue;
		if (name.includes('.') ? imported.has(root) && root !== 'Astro' : imported.has(name)) continue;
		const allowed = LOCAL_COMPONENTS_ALLOWED.get(name);
		if (allowed?.test(script)) continue;
		found.push(`markup: <${name}> is no imported component`);
	}
	return [...new Set(found)];
}

describe('the detector of element names chosen by data', () => {
	const template = (script: string, markup: string) => `---\n${script}\n---\n\n${markup}\n`;

	it.each([
		['assigned from the props', "const Tag = Astro.props.as ?? 'div';", '<Tag>x</Tag>'],
		['assigned from a props object', 'const props = Astro.props;\nconst Element = props.tag;', '<Element />'],
		['destructured under a new name', 'const { as: Tag } = Astro.props;', '<Tag>x</Tag>'],
		['destructured with a default', "const { tag: Element = 'div' } = Astro.props;", '<Element class="x">x</Element>'],
		[
			'destructured on several lines, after a default holding braces',
			"const {\n\ttitle,\n\tstyle = {},\n\tas: Heading = 'h2',\n} = Astro.props;",
			'<Heading>{title}</Heading>',
		],
		['destructured as it is named', 'const { Icon } = Astro.props;', '<Icon />'],
		['destructured from a nested prop', 'const { element: { name: Tag } } = Astro.props;', '<Tag />'],
		['made from a destructured prop', "const { as, title } = Astro.props;\nconst Tag = as ?? 'div';", '<Tag>{title}</Tag>'],
		['made into a heading level', 'const { level } = Astro.props;\nconst Heading = `h${level}`;', '<Heading>x</Heading>'],
		['used as a tag directly', 'interface Props { as: string }', '<Astro.props.as>x</Astro.props.as>'],
		['used as a tag from a props object', 'const props = Astro.props;', '<props.tag>x</props.tag>'],
		['named by an expression', '', '<{Astro.props.as}>x</{Astro.props.as}>'],
	])('catches an element name %s', (_, script, markup) => {
		expect(elementNamesFromData(template(script, markup))).not.toEqual([]);
	});

	it('passes imported components, Astro’s own, the rendered body, constants and props that name nothing', () => {
		const safe = template(
			[
				"import ClaimEntry from './ClaimEntry.astro';",
				"import { render } from 'astro:content';",
				"import * as Icons from './icons.ts';",
				'import type { ArticleEntry } from "../lib/articles.ts";',
				"const { claims, lang = 'en', style = {}, ...attributes } = Astro.props;",
				'const PREVIEW_TITLE_LENGTH = 110;',
				'const entries: Array<ArticleEntry> = [];',
				'const { Content } = await render(entries[0]!);',
			].join('\n'),
			'<Fragment><ClaimEntry {...attributes} /><Icons.Star /><Content /><h2 lang={lang}>{claims.length < PREVIEW_TITLE_LENGTH}</h2></Fragment>\n<script>const a = 1 <B;</script>',
		);
		expect(elementNamesFromData(safe)).toEqual([]);
	});
});

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
		// The detector reads every template's components: it did look at some.
		const components = templates.flatMap(({ text }) => [...partsOf(text).markup.matchAll(/<[A-Z]\w*/g)]);
		expect(components.length).toBeGreaterThan(20);
		const dynamic = templates.flatMap(({ file, text }) => elementNamesFromData(text).map((problem) => `${file}: ${problem}`));
		expect(dynamic).toEqual([]);
	});
});
