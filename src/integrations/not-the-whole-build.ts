import type { AstroIntegration } from 'astro';

/**
 * `astro build` alone writes the pages but not the search index nor manifest.json, which
 * `npm run build` (scripts/build.ts) writes once Astro has exited. Said at the end of such a
 * build, so that nobody publishes a site without search by mistake.
 */
export function notTheWholeBuild(): AstroIntegration {
	return {
		name: 'dossier:build',
		hooks: {
			'astro:build:done': ({ logger }) => {
				if (!process.env.DOSSIER_BUILD) logger.warn('astro build alone writes no search index and no manifest.json: build the site with `npm run build`');
			},
		},
	};
}
