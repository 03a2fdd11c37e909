import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublishedPiece } from '../content-check/check-content.ts';
import { defaultProcesses, renderInBackground, type BackgroundRendering, type OgJob } from '../og/og-background.ts';
import { articleOgCard, siteOgCard } from '../og/og-cards.ts';
import { ogCacheDir, ogCacheFile } from '../og/og-image.ts';

/**
 * The link-preview images: `/og.png` for the site and `/articles/<slug>/og.png` for each piece.
 *
 * A build starts rendering them as soon as the frontmatter is checked (`start`, called by the
 * content check), in processes of their own, while the bodies are read and Astro syncs its
 * content, and they are done before Astro bundles and renders the pages: their memory is given
 * back before the build needs the most of its own. They are written beside the pages at the end.
 * `astro dev` serves them from routes that render an image when it is asked for.
 */
export function ogImages(options: { pieces: () => PublishedPiece[] }): AstroIntegration & { start(pieces: PublishedPiece[]): void } {
	const cacheDir = ogCacheDir();
	let images: { path: string; job: OgJob }[] = [];
	let rendering: BackgroundRendering | undefined;
	const start = (pieces: PublishedPiece[]) => {
		images = [
			{ path: 'og.png', job: { card: siteOgCard(), name: 'the site' } },
			...pieces.map(({ slug, file, data }) => ({ path: `articles/${slug}/og.png`, job: { card: articleOgCard(data), name: file, field: 'title' } })),
		];
		// A process a core (at most four): the build only reads bodies meanwhile, then waits for the images.
		rendering = renderInBackground(
			images.map((image) => image.job),
			{ cacheDir, processes: defaultProcesses() },
		);
	};
	return {
		start,
		name: 'dossier:og-images',
		hooks: {
			'astro:config:setup': ({ command, injectRoute }) => {
				if (command !== 'dev') return;
				injectRoute({ pattern: '/og.png', entrypoint: './src/og/routes/site-og.png.ts', prerender: true });
				injectRoute({ pattern: '/articles/[slug]/og.png', entrypoint: './src/og/routes/article-og.png.ts', prerender: true });
			},
			'astro:build:start': async () => {
				// Started by the content check; here too, should a build ever skip that.
				if (!rendering) start(options.pieces());
				const failures = await rendering!.finish();
				// Before any page is written: a build with an image missing publishes nothing.
				if (failures.size > 0) {
					// On a piece's card the headline is the likeliest cause (a script no font covers): name the piece and the field.
					const lines = [...failures].map(([job, reason]) => `  ${job.name}: ${job.field ? `${job.field}: ` : ''}the preview image could not be made: ${reason}`);
					const report = `${failures.size} preview image(s) could not be made:\n${lines.join('\n')}`;
					const error = new Error(report);
					error.stack = report;
					throw error;
				}
			},
			'astro:build:done': async ({ dir, logger }) => {
				const out = fileURLToPath(dir);
				await Promise.all(images.map(({ path, job }) => linkOrCopy(ogCacheFile(job.card, cacheDir), join(out, path))));
				logger.info(`${images.length} preview image(s)`);
			},
		},
	};
}

/**
 * The cached image, put in the site as a hard link where the cache and the site share a disk: on
 * some disks writing a file costs a millisecond, a link a fiftieth of that. Nothing writes into
 * a built site's files; a build replaces them.
 */
async function linkOrCopy(from: string, to: string): Promise<void> {
	await mkdir(join(to, '..'), { recursive: true });
	await rm(to, { force: true });
	await link(from, to).catch(() => copyFile(from, to));
}
