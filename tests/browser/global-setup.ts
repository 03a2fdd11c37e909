import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../support/build-site.ts';
import { findOrInstallChromium } from '../support/chromium.ts';
import { serveStatic } from '../support/static-server.ts';

declare module 'vitest' {
	export interface ProvidedContext {
		/** Where the built site is served: `http://127.0.0.1:<port>`. */
		siteOrigin: string;
		/** The built site on disk. */
		distDir: string;
		chromiumPath: string;
	}
}

/** Builds the real site once, serves it, and shares it with every browser test. */
export default async function setup(project: TestProject) {
	const chromiumPath = findOrInstallChromium();
	const workDir = await mkdtemp(join(tmpdir(), 'dossier-site-'));
	const distDir = join(workDir, 'dist');
	const build = await buildSite({ outDir: distDir });
	if (build.exitCode !== 0) throw new Error(`the site did not build:\n${build.output}`);
	const site = await serveStatic(distDir);

	project.provide('siteOrigin', site.origin);
	project.provide('distDir', distDir);
	project.provide('chromiumPath', chromiumPath);

	return async () => {
		await site.close();
		await rm(workDir, { recursive: true, force: true });
	};
}
