import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { sha256, type SiteManifest } from '../../src/lib/site-manifest.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';
import { MIRROR_BASE, MIRROR_ORIGIN } from './global-setup.ts';

const mirrorDir = () => inject('siteDirs').mirror;
const readManifest = async (dir: string) => JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8')) as SiteManifest;

/** Runs the script without blocking this process, which may be serving the mirror it fetches. */
async function verifyMirror(manifest: string, mirror: string) {
	try {
		const { stdout, stderr } = await promisify(execFile)(process.execPath, ['scripts/verify-mirror.ts', manifest, mirror], { cwd: PROJECT_ROOT });
		return { status: 0, output: stdout + stderr };
	} catch (error) {
		const failed = error as { code?: number; stdout?: string; stderr?: string };
		return { status: failed.code ?? -1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` };
	}
}

const cleanup: (() => Promise<unknown>)[] = [];
afterAll(() => Promise.all(cleanup.map((step) => step())));

describe('the manifest of a build', () => {
	it('lists the SHA-256 of every file but itself, and the address the site was built for', async () => {
		const manifest = await readManifest(mirrorDir());
		expect(manifest.site).toBe(`${MIRROR_ORIGIN}${MIRROR_BASE}`);
		const files = (await readdir(mirrorDir(), { recursive: true, withFileTypes: true }))
			.filter((entry) => entry.isFile())
			.map((entry) => join(entry.parentPath, entry.name).slice(mirrorDir().length + 1))
			.filter((path) => path !== 'manifest.json')
			.sort();
		expect(Object.keys(manifest.files)).toEqual(files);
		for (const path of ['index.html', '_headers', 'search/index.html', 'pagefind/pagefind.js', 'og.png']) {
			expect(manifest.files[path], path).toBe(sha256(await readFile(join(mirrorDir(), path))));
		}
	});

	it('lets `npm run verify-mirror` pass a faithful mirror served under its sub-path', async () => {
		const { status, output } = await verifyMirror(join(mirrorDir(), 'manifest.json'), `${inject('mirrorOrigin')}${MIRROR_BASE}`);
		expect(output).toMatch(/all \d+ files match/);
		expect(status).toBe(0);
	});

	it('lets `npm run verify-mirror` name every file a tampered mirror changed or dropped', async () => {
		const copy = await mkdtemp(join(tmpdir(), 'dossier-tampered-'));
		cleanup.push(() => rm(copy, { recursive: true, force: true }));
		await cp(mirrorDir(), copy, { recursive: true });
		const piece = 'articles/fuel-card-attack/index.html';
		await writeFile(join(copy, piece), (await readFile(join(copy, piece), 'utf8')).replace('</main>', '<p>Inserted.</p></main>'));
		await rm(join(copy, 'pagefind/pagefind.js'));
		const tampered: StaticSite = await serveStatic(copy, MIRROR_BASE);
		cleanup.push(() => tampered.close());

		const { status, output } = await verifyMirror(`${inject('mirrorOrigin')}${MIRROR_BASE}manifest.json`, `${tampered.origin}${MIRROR_BASE}`);
		expect(status).toBe(1);
		expect(output).toMatch(new RegExp(`different ${piece}`));
		expect(output).toMatch(/missing +pagefind\/pagefind\.js/);
		expect(output).toMatch(/2 of \d+ files do not match/);
	});
});
