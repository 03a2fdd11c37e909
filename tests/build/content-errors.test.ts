import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { BAD_CONTENT_CASES } from '../support/bad-content-cases.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { VALID_ARTICLE, validContent, writeContentFixture } from '../support/content-fixture.ts';

const made: string[] = [];
async function tempDir(files?: Parameters<typeof writeContentFixture>[0]) {
	const dir = files ? await writeContentFixture(files) : await mkdtemp(join(tmpdir(), 'dossier-dist-'));
	// The build keeps a cache for each content directory; it goes with the directory.
	made.push(dir, astroCacheDir(PROJECT_ROOT, dir));
	return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

describe('astro build on bad content', () => {
	it.each(BAD_CONTENT_CASES)('stops on $name, naming the file and the field', async ({ files, expected }) => {
		const contentDir = await tempDir(files);
		const outDir = join(await tempDir(), 'dist');
		const { exitCode, output } = await buildSite({ outDir, env: { CONTENT_DIR: contentDir } });

		expect(exitCode, output).not.toBe(0);
		const place = expected.line ? `${expected.file}:${expected.line}: ` : `${expected.file}: `;
		const errorLine = output.split('\n').find((line) => line.includes(place) && expected.message.test(line));
		expect(errorLine, output).toBeDefined();
		if (expected.field) expect(errorLine).toContain(`: ${expected.field}: `);
		expect(existsSync(outDir), 'nothing may be published half-right').toBe(false);
	});
});

describe('astro build on good content', () => {
	it('publishes every piece but never a draft', async () => {
		const draft = VALID_ARTICLE.replace('topics: [iran]', 'topics: [iran]\ndraft: true');
		const contentDir = await tempDir({ ...validContent(), 'articles/2023/a-draft-piece.md': draft });
		const outDir = join(await tempDir(), 'dist');
		const { exitCode, output } = await buildSite({ outDir, env: { CONTENT_DIR: contentDir } });

		expect(exitCode, output).toBe(0);
		expect(existsSync(join(outDir, 'articles/a-valid-piece/index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'articles/a-draft-piece/index.html'))).toBe(false);
	});
});
