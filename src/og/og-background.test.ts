import { execFileSync } from 'node:child_process';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { OgCard } from './og-card.ts';
import { renderInBackground } from './og-background.ts';
import { claimOgCard } from './og-cards.ts';
import { ogCacheFile, renderOgImage } from './og-image.ts';

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true }))));

const card = (headline: string): OgCard => ({
	type: 'piece',
	headline,
	dir: 'ltr',
	kind: 'Report',
	date: 'Published 2 May 2023',
	claims: '3 claims checked',
	siteName: 'Dossier',
});

describe('renderInBackground', () => {
	it('renders every card into the cache in processes of its own, as this process would', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'dossier-og-background-'));
		dirs.push(cacheDir);
		const claimCard = claimOgCard({ title: 'A headline', lang: 'en', claims: [{ text: 'A claim of the piece.', status: 'disputed' }] }, 0);
		const jobs = [
			...['One', 'Two', 'Three', 'Four'].map((word) => ({ card: card(`${word} headline`), name: `${word}.md` })),
			{ card: claimCard, name: 'claim.md', field: 'claims[0].text' },
		];
		const failures = await renderInBackground(jobs, { cacheDir, processes: 2 }).finish();
		expect(failures.size).toBe(0);
		expect((await readdir(cacheDir)).sort()).toEqual(jobs.map((job) => ogCacheFile(job.card, cacheDir).slice(cacheDir.length + 1)).sort());
		// The same image this process makes.
		const here = await mkdtemp(join(tmpdir(), 'dossier-og-here-'));
		dirs.push(here);
		for (const job of [jobs[0]!, jobs.at(-1)!]) {
			const made = await renderOgImage(job.card, cacheDir);
			expect(made.fromCache).toBe(true);
			expect(made.png.equals((await renderOgImage(job.card, here)).png)).toBe(true);
		}
	}, 60_000);

	it('names the cards it could not make, and skips those already made', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'dossier-og-background-'));
		dirs.push(cacheDir);
		const good = { card: card('A headline in Latin letters'), name: 'good.md' };
		const hebrew = { card: card('שלום עולם'), name: 'hebrew.md' };
		const failures = await renderInBackground([good, hebrew], { cacheDir, processes: 1 }).finish();
		expect([...failures.keys()]).toEqual([hebrew]);
		expect(failures.get(hebrew)).toMatch(/no font .* can draw/);

		const before = await readdir(cacheDir);
		expect(before).toHaveLength(1);
		const again = await renderInBackground([good], { cacheDir }).finish();
		expect(again.size).toBe(0);
		expect(await readdir(cacheDir)).toEqual(before);
	}, 60_000);

	it('makes every card even when a process dies under it', async () => {
		const cacheDir = await mkdtemp(join(tmpdir(), 'dossier-og-background-'));
		dirs.push(cacheDir);
		const jobs = Array.from({ length: 12 }, (_, n) => ({ card: card(`Headline ${n}`), name: `${n}.md` }));
		const rendering = renderInBackground(jobs, { cacheDir, processes: 2 });
		while (rendering.done < 1) await new Promise((wait) => setTimeout(wait, 20));
		const [child] = execFileSync('pgrep', ['-P', String(process.pid), '-f', 'tinypool'], { encoding: 'utf8' })
			.trim()
			.split('\n');
		process.kill(Number(child), 'SIGKILL');
		const failures = await rendering.finish();
		expect(failures.size).toBe(0);
		expect(await readdir(cacheDir)).toHaveLength(jobs.length);
	}, 60_000);
});
