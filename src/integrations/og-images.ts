import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublishedPiece } from '../content-check/check-content.ts';
import { renderInBackground, type BackgroundRendering, type OgJob } from '../og/og-background.ts';
import { articleOgCard, siteOgCard } from '../og/og-cards.ts';
import { ogCacheDir, ogCacheFile } from '../og/og-image.ts';

/**
 * The link-preview images: `/og.png` for the site and `/articles/<slug>/og.png` for each piece.
 *
 * A build starts rendering them as soon as the frontmatter is checked (`start`, called by the
 * content check), on threads of their own, and writes them beside the pages once the pages are
 * done: the images, the slowest thing a build makes, are made while the bodies are read and the
 * pages rendered, not one by one between the pages. `astro dev` serves them from routes that
 * render an image when it is asked for.
 */
export function ogImages(options: { pieces: () => PublishedPiece[] }): AstroIntegration & { start(pieces: PublishedPiece[]): void } {
	const cacheDir = ogCacheDir();
	let images: { path: string; job: OgJob }[] = [];
	let rendering: BackgroundRendering | undefined;
	const start = (pieces: PublishedPiece[]) => {
		images = [
			{ path: 'og.png', job: { card: siteOgCard(), name: 'the site' } },
			...pieces.map(({ slug, file, data }) => ({ path: `articles/${slug}/og.png`, job: { card: articleOgCard(data), name: file } })),
		];
		rendering = renderInBackground(
			images.map((image) => image.job),
			{ cacheDir },
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
			'astro:build:done': async ({ dir, logger }) => {
				if (!rendering) start(options.pieces());
				const failures = await rendering!.finish();
				if (failures.size > 0) {
					// The headline is the likeliest cause (a script no font covers): name the piece and the field.
					const lines = [...failures].map(([job, reason]) => `  ${job.name}: title: the preview image could not be made: ${reason}`);
					const report = `${failures.size} preview image(s) could not be made:\n${lines.join('\n')}`;
					const error = new Error(report);
					error.stack = report;
					throw error;
				}
				const out = fileURLToPath(dir);
				await Promise.all(
					images.map(async ({ path, job }) => {
						const target = join(out, path);
						await mkdir(join(target, '..'), { recursive: true });
						await copyFile(ogCacheFile(job.card, cacheDir), target);
					}),
				);
				logger.info(`${images.length} preview image(s)`);
			},
		},
	};
}
