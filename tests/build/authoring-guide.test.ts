import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatContentError } from '../../src/content-check/content-error.ts';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { writeContentFixture } from '../support/content-fixture.ts';

/** The examples of docs/authoring.md: fenced blocks whose info string names a content file. */
function guideExamples(): Record<string, string> {
	const guide = readFileSync(join(PROJECT_ROOT, 'docs/authoring.md'), 'utf8');
	const files: Record<string, string> = {};
	for (const match of guide.matchAll(/^```(?:markdown|yaml) file=(\S+)\n([\s\S]*?)^```$/gm)) files[match[1]!] = match[2]!;
	return files;
}

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('the examples of docs/authoring.md', () => {
	const examples = guideExamples();
	const pieces = Object.keys(examples).filter((path) => path.endsWith('.md'));

	it('are there: pieces and sources', () => {
		expect(pieces.length).toBeGreaterThanOrEqual(3);
		expect(Object.keys(examples).filter((path) => path.endsWith('.yaml')).length).toBeGreaterThanOrEqual(2);
	});

	it('pass the content check and build into the pages they describe', async () => {
		const contentDir = await writeContentFixture(examples);
		const outDir = join(await mkdtemp(join(tmpdir(), 'dossier-guide-')), 'dist');
		made.push(contentDir, join(outDir, '..'), astroCacheDir(PROJECT_ROOT, contentDir));

		const result = await checkContent(contentDir, contentDir);
		expect(result.errors.map(formatContentError)).toEqual([]);
		expect(result.published).toBe(pieces.length);

		const { exitCode, output } = await buildSite({ outDir, env: { CONTENT_DIR: contentDir } });
		expect(exitCode, output).toBe(0);
		for (const piece of pieces) {
			const slug = piece.split('/').at(-1)!.replace(/\.md$/, '');
			expect(existsSync(join(outDir, 'articles', slug, 'index.html')), slug).toBe(true);
		}
		const corrected = readFileSync(join(outDir, 'articles/corrected-piece/index.html'), 'utf8');
		expect(corrected).toContain('An earlier version gave the toll as 3,000');
		// The pair of translations: each names the other, and the Persian one is read in Persian.
		const persian = readFileSync(join(outDir, 'articles/workers-protests-example/index.html'), 'utf8');
		const english = readFileSync(join(outDir, 'articles/workers-protests-example-en/index.html'), 'utf8');
		expect(persian).toMatch(/^<!DOCTYPE html><html lang="fa" dir="rtl">/i);
		expect(persian).toContain('<link rel="alternate" hreflang="en" href="https://dossier.example/articles/workers-protests-example-en/">');
		expect(english).toContain('<link rel="alternate" hreflang="fa" href="https://dossier.example/articles/workers-protests-example/">');
		expect(persian).toContain('ادعاهای این نوشته');
		expect(existsSync(join(outDir, 'fa/index.html'))).toBe(true);
	});
});
