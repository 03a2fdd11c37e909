import { wordCount } from '../lib/word-count.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { checkContent } from '../content-check/check-content.ts';
import { articleMarkdownProcessor, createBodyReader } from './index.ts';
import { RenderedBodies } from './rendered-bodies.ts';

const ROOT = join(import.meta.dirname, '../..');

/** Every piece of the site and of the fixtures, as Astro's loader hands it to the renderer. */
const pieces = ['content', 'tests/fixtures']
	.flatMap((dir) =>
		readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
			.filter((path) => path.endsWith('.md'))
			.map((path) => join(ROOT, dir, path)),
	)
	.map((path) => {
		const { frontmatter, content } = parseFrontmatter(readFileSync(path, 'utf8'), { frontmatter: 'empty-with-spaces' });
		return { path, body: content.trim(), frontmatter };
	});

let cacheDir: string;
beforeAll(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'dossier-rendered-'));
	process.env.CONTENT_CHECK_CACHE_DIR = cacheDir;
});
afterAll(async () => {
	delete process.env.CONTENT_CHECK_CACHE_DIR;
	await rm(cacheDir, { recursive: true, force: true });
});

describe('the content check hands its renderings to Astro', () => {
	it('keeps every piece it checks under what Astro will ask for, when it renders and when it reads its cache', async () => {
		for (const dir of ['content', 'tests/fixtures/search-site']) {
			const forDir = pieces.filter((piece) => piece.path.startsWith(join(ROOT, dir)));
			for (let run = 0; run < 2; run += 1) {
				const rendered = new RenderedBodies();
				expect((await checkContent(join(ROOT, dir), ROOT, { rendered })).errors).toEqual([]);
				for (const { path, body, frontmatter } of forDir) {
					expect(rendered.take(body, { fileURL: pathToFileURL(path), frontmatter })?.code, path).toContain('<p id="p');
				}
			}
		}
	});

	it('renders each piece exactly as Astro would, for the site and for a mirror', async () => {
		expect(pieces.length).toBeGreaterThan(3);
		for (const base of ['/', '/mirror/sub/']) {
			const read = await createBodyReader(base);
			const astro = await articleMarkdownProcessor({ base }).createRenderer({ syntaxHighlight: false });
			for (const { path, body, frontmatter } of pieces) {
				const checked = await read(body, { path, claims: frontmatter.claims, lang: frontmatter.lang });
				const built = await astro.render(body, { fileURL: pathToFileURL(path), frontmatter });
				expect(checked.rendered.code).toBe(built.code);
				expect(checked.rendered.code).toContain('<p id="p');
				expect(checked.rendered.headings).toEqual(built.metadata.headings);
				// The words, counted on the pipeline's own tree, as the one count of the site counts them.
				expect(checked.rendered.words).toBe(wordCount(body));
				expect(built.metadata.frontmatter.words).toBe(wordCount(body));
				expect(checked.messages).toEqual([]);
			}
		}
	});

	it('gives Astro the rendering of the same file, body and ledger, once, and nothing for anything else', async () => {
		const { path, body, frontmatter } = pieces[0]!;
		const rendered = new RenderedBodies();
		const made = { code: '<p>made by the check</p>', headings: [], localImagePaths: [], remoteImagePaths: [] };
		rendered.add({ path, body, claims: frontmatter.claims, lang: frontmatter.lang }, made);
		const options = { fileURL: pathToFileURL(path), frontmatter };

		expect(rendered.take(`${body} Edited.`, options)).toBeUndefined();
		expect(rendered.take(body, { ...options, fileURL: pathToFileURL(`${path}.other.md`) })).toBeUndefined();
		expect(rendered.take(body, { ...options, frontmatter: { ...frontmatter, claims: [] } })).toBeUndefined();
		// The markers' hidden words are in the piece's language.
		expect(rendered.take(body, { ...options, frontmatter: { ...frontmatter, lang: 'fa' } })).toBeUndefined();
		expect(rendered.take(body, options)).toEqual({ code: made.code, metadata: { headings: [], localImagePaths: [], remoteImagePaths: [], frontmatter } });
		expect(rendered.take(body, options)).toBeUndefined();
	});

	it('serves the processor from what the check rendered', async () => {
		const { path, body, frontmatter } = pieces[0]!;
		const rendered = new RenderedBodies();
		rendered.add(
			{ path, body, claims: frontmatter.claims, lang: frontmatter.lang },
			{ code: '<p>from the check</p>', headings: [], localImagePaths: [], remoteImagePaths: [] },
		);
		const renderer = await articleMarkdownProcessor({ rendered }).createRenderer({ syntaxHighlight: false });
		const options = { fileURL: pathToFileURL(path), frontmatter };
		expect((await renderer.render(body, options)).code).toBe('<p>from the check</p>');
		// Taken once: the next render is Astro's own.
		expect((await renderer.render(body, options)).code).toContain('<p id="p');
	});
});
