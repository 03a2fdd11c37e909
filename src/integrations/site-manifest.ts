import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sourceDateEpoch } from '../lib/dates.ts';
import { buildManifest, MANIFEST_FILE } from '../lib/site-manifest.ts';

/**
 * Writes `manifest.json`, the SHA-256 of every file the build published, so that anyone can
 * check a mirror against the main site. Goes last among the integrations: every file must be
 * written before it is hashed.
 */
export function siteManifest(): AstroIntegration {
	let site = '';
	return {
		name: 'dossier:site-manifest',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = new URL(config.base, config.site).href;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const manifest = await buildManifest(root, site, sourceDateEpoch());
				await writeFile(join(root, MANIFEST_FILE), `${JSON.stringify(manifest, null, '\t')}\n`);
				logger.info(`${MANIFEST_FILE}: SHA-256 of ${Object.keys(manifest.files).length} files`);
			},
		},
	};
}
