import { copyFile, link, mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { PublishedPiece } from '../content-check/check-content.ts';
import { startPhase } from '../build/progress.ts';
import { defaultProcesses, renderInBackground, type BackgroundRendering, type OgJob } from '../og/og-background.ts';
import { articleOgCard, claimOgCard, siteOgCard } from '../og/og-cards.ts';
import { ogCacheDir, ogCacheFile } from '../og/og-image.ts';
import { uiLanguageFor } from '../i18n/languages.ts';

/** Every preview image of the site: where it goes in the built site, and what it shows. */
export function ogImageList(pieces: PublishedPiece[]): { path: string; job: OgJob }[] {
	return [
		{ path: 'og.png', job: { card: siteOgCard(), name: 'the site' } },
		// A section's own card, once a piece is in its language (src/i18n/sections.ts).
		...(pieces.some(({ data }) => uiLanguageFor(data.lang) === 'fa')
			? [{ path: 'fa/og.png', job: { card: siteOgCard('fa'), name: 'the Persian section' } }]
			: []),
		...pieces.flatMap(({ slug, file, data }) => [
			{ path: `articles/${slug}/og.png`, job: { card: articleOgCard(data), name: file, field: 'title' } },
			...data.claims.map((claim, index) => ({
				path: `articles/${slug}/claims/${claim.id}/og.png`,
				job: { card: claimOgCard(data, index), name: file, field: `claims[${index}].text` },
			})),
		]),
	];
}

/**
 * The field to blame for a card that could not be made. A script no font covers is the likeliest
 * cause: a claim's card shows its piece's headline as well, and an undrawable headline is the
 * headline's fault, not the claim's.
 */
export function blamedField(job: OgJob, reason: string): string | undefined {
	// satori names the words it could not draw without the spaces between them.
	const bare = (text: string) => text.replace(/\s+/g, '');
	const segment = bare(/can draw "(.*)"$/s.exec(reason)?.[1] ?? '');
	if (job.card.type === 'claim' && segment && !bare(job.card.text).includes(segment) && bare(job.card.headline).includes(segment)) return 'title';
	return job.field;
}

/**
 * The link-preview images: `/og.png` for the site, `/articles/<slug>/og.png` for each piece and
 * `/articles/<slug>/claims/<id>/og.png` for each of its claims.
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
		images = ogImageList(pieces);
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
				injectRoute({ pattern: '/fa/og.png', entrypoint: './src/og/routes/site-og.png.ts', prerender: true });
				injectRoute({ pattern: '/articles/[slug]/og.png', entrypoint: './src/og/routes/article-og.png.ts', prerender: true });
				injectRoute({ pattern: '/articles/[slug]/claims/[id]/og.png', entrypoint: './src/og/routes/claim-og.png.ts', prerender: true });
			},
			'astro:build:start': async () => {
				// Started by the content check; here too, should a build ever skip that.
				if (!rendering) start(options.pieces());
				const failures = await waitWithProgress(rendering!, images.length);
				// Before any page is written: a build with an image missing publishes nothing.
				if (failures.size > 0) {
					// A piece's headline or a claim's words are the likeliest cause (a script no font covers): name the piece and the field.
					// A headline no font can draw fails the piece's card and each of its claims' the same way: said once.
					const lines = new Set(
						[...failures].map(([job, reason]) => {
							const field = blamedField(job, reason);
							return `  ${job.name}: ${field ? `${field}: ` : ''}the preview image could not be made: ${reason}`;
						}),
					);
					const report = `${failures.size} preview image(s) could not be made:\n${[...lines].join('\n')}`;
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

/** Waits for the cards still being made, saying how many are done while it waits. */
async function waitWithProgress(rendering: BackgroundRendering, all: number): Promise<Map<OgJob, string>> {
	if (rendering.total === 0) return rendering.finish();
	const phase = startPhase('preview images to make', rendering.total);
	const ticker = setInterval(() => phase.count(rendering.done), 500);
	try {
		const failures = await rendering.finish();
		phase.end(`${rendering.total - failures.size} made, ${all - rendering.total} taken from the cache`);
		return failures;
	} finally {
		clearInterval(ticker);
	}
}
