import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { findOrInstallChromium } from '../support/chromium.ts';
import { findOrInstallJava } from '../support/java.ts';
import { serveStatic, type StaticSite } from '../support/static-server.ts';

/** The sub-path of the mirror build. */
export const MIRROR_BASE = '/mirror/sub/';
/**
 * The mirror's address: plain http, as an onion service or a copy on a local network is served.
 * Chromium is told that `mirror.test` is this machine where a test visits it by that name.
 */
export const MIRROR_ORIGIN = 'http://mirror.test';

/** Content for the search tests: several kinds, years, topics and statuses, and a Persian piece. */
export const SEARCH_FIXTURE = join(PROJECT_ROOT, 'tests/fixtures/search-site');

declare module 'vitest' {
	export interface ProvidedContext {
		/** The real site, built from content/ and served at `http://127.0.0.1:<port>`. */
		siteOrigin: string;
		/** The search fixture site, built once and served the same way. */
		searchSiteOrigin: string;
		/** The search fixture built as a plain-http mirror (MIRROR_ORIGIN) under MIRROR_BASE, served under that path. */
		mirrorOrigin: string;
		chromiumPath: string;
		/** A Java runtime, for the W3C Nu HTML checker. */
		javaPath: string;
		/** Where each of those sites was built, for checks that read the files themselves. */
		siteDirs: { real: string; search: string; mirror: string };
	}
}

/** Builds each site once, serves it, and shares it with every browser test. */
export default async function setup(project: TestProject) {
	const chromiumPath = findOrInstallChromium();
	const workDir = await mkdtemp(join(tmpdir(), 'dossier-sites-'));
	const sites: StaticSite[] = [];

	async function buildAndServe(name: string, env: Record<string, string> = {}) {
		const outDir = join(workDir, name);
		const build = await buildSite({ outDir, env });
		if (build.exitCode !== 0) throw new Error(`the ${name} site did not build:\n${build.output}`);
		const site = await serveStatic(outDir, env.BASE_PATH);
		sites.push(site);
		return site.origin;
	}

	project.provide('chromiumPath', chromiumPath);
	project.provide('javaPath', findOrInstallJava());
	project.provide('siteDirs', { real: join(workDir, 'real'), search: join(workDir, 'search'), mirror: join(workDir, 'mirror') });
	project.provide('siteOrigin', await buildAndServe('real'));
	project.provide('searchSiteOrigin', await buildAndServe('search', { CONTENT_DIR: SEARCH_FIXTURE }));
	project.provide('mirrorOrigin', await buildAndServe('mirror', { CONTENT_DIR: SEARCH_FIXTURE, BASE_PATH: MIRROR_BASE, SITE_URL: MIRROR_ORIGIN }));

	return async () => {
		await Promise.all(sites.map((site) => site.close()));
		await rm(workDir, { recursive: true, force: true });
		await rm(astroCacheDir(PROJECT_ROOT, SEARCH_FIXTURE), { recursive: true, force: true });
	};
}
