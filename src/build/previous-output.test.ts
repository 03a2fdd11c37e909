import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { setAsidePreviousOutput } from './previous-output.ts';

let work: string;
afterEach(() => rm(work, { recursive: true, force: true }));

describe('the last build set aside', () => {
	it('leaves the output folder empty at once and removes the last build before it says so', async () => {
		work = await mkdtemp(join(tmpdir(), 'dossier-previous-'));
		const outDir = join(work, 'dist');
		await mkdir(join(outDir, 'articles/a'), { recursive: true });
		await writeFile(join(outDir, 'articles/a/index.html'), 'old');
		const { removed } = await setAsidePreviousOutput(outDir);
		expect(existsSync(outDir)).toBe(false);
		await removed;
		expect(await readdir(work)).toEqual([]);
	});

	it('removes what a build stopped midway left, and minds no folder of another name', async () => {
		work = await mkdtemp(join(tmpdir(), 'dossier-previous-'));
		await mkdir(join(work, 'dist.removing-1/articles'), { recursive: true });
		await mkdir(join(work, 'dist-other'));
		const { removed } = await setAsidePreviousOutput(join(work, 'dist'));
		await removed;
		expect(await readdir(work)).toEqual(['dist-other']);
	});

	it('never moves a folder that holds the project', async () => {
		work = await mkdtemp(join(tmpdir(), 'dossier-previous-'));
		await mkdir(join(work, 'site/src'), { recursive: true });
		await (
			await setAsidePreviousOutput(join(work, 'site'), join(work, 'site/src'))
		).removed;
		expect(await readdir(work)).toEqual(['site']);
	});

	it('has nothing to do before the first build', async () => {
		work = await mkdtemp(join(tmpdir(), 'dossier-previous-'));
		await (
			await setAsidePreviousOutput(join(work, 'never/dist'))
		).removed;
		expect(await readdir(work)).toEqual([]);
	});
});
