import type { AstroIntegration } from 'astro';
import { checkContent, type PublishedPiece } from '../content-check/check-content.ts';
import { formatContentError, formatContentErrors } from '../content-check/content-error.ts';
import { startPhase } from '../build/progress.ts';
import { startOfTodayUtc } from '../lib/build-clock.ts';
import type { RenderedBodies } from '../markdown/rendered-bodies.ts';

/**
 * Runs the content check before Astro reads any content. Astro's own validation stops at the
 * first bad entry, logs a missing reference without failing, and reads impossible dates as
 * real ones; this lists every error in every file and stops the build, so nothing is
 * published half-right.
 *
 * The check renders every body with the site's Markdown pipeline; `rendered` hands what it made
 * to the Markdown processor (astro.config.ts), so that Astro's content layer does not render
 * the same bodies again.
 */
export function contentCheck(options: {
	contentDir: string;
	base: string;
	rendered: RenderedBodies;
	/** In a build, called with the pieces to publish as soon as their frontmatter is checked. */
	onFrontmatterChecked?: (pieces: PublishedPiece[]) => void;
}): AstroIntegration & { publishedPieces(): PublishedPiece[]; lastChanged(slug: string): string | undefined } {
	let published: PublishedPiece[] | undefined;
	let changed = new Map<string, string>();
	return {
		/** The pieces the build publishes, once the check has run. */
		publishedPieces() {
			if (published === undefined) throw new Error('the content check has not run yet');
			return published;
		},
		/** When a published piece last changed (publication, update or correction). */
		lastChanged(slug: string) {
			return changed.get(slug);
		},
		name: 'dossier:content-check',
		hooks: {
			// The check's garbage (every body parsed and rendered) is collected before Vite bundles
			// and Astro renders the pages, the build's most memory-hungry part, which then peaks
			// lower (BENCHMARKS.md). `npm run build` lets Astro call the collector (scripts/build.ts).
			'astro:build:start': () => {
				(globalThis as { gc?: () => void }).gc?.();
			},
			'astro:config:setup': async ({ command, logger }) => {
				// `astro dev` has its own check that runs on every save (dev-content-errors.ts).
				if (command === 'preview' || command === 'dev') return;
				// One clock for the whole build, recorded in manifest.json: a build that runs past
				// midnight cannot publish a scheduled piece on some pages and not on others, and
				// anyone can rebuild the same site later with the same SOURCE_DATE_EPOCH. By the day:
				// src/lib/build-clock.ts.
				if (command === 'build' && !process.env.SOURCE_DATE_EPOCH) process.env.SOURCE_DATE_EPOCH = startOfTodayUtc();
				const checking = command === 'build' ? startPhase('checking the content', undefined) : undefined;
				const result = await checkContent(options.contentDir, process.cwd(), {
					base: options.base,
					rendered: options.rendered,
					// A warning (a source no piece cites) does not stop the build: Astro's log shows it.
					onWarning: (warning) => logger.warn(formatContentError(warning)),
					...(checking && { onBodyChecked: (done: number, total: number) => checking.count(done, total) }),
					...(command === 'build' && options.onFrontmatterChecked ? { onFrontmatterChecked: options.onFrontmatterChecked } : {}),
				});
				published = result.pieces;
				changed = result.changed;
				if (result.errors.length === 0) {
					const scheduled = result.scheduled > 0 ? `, ${result.scheduled} scheduled for a later day` : '';
					const summary = `${result.published} published piece(s)${scheduled}, ${result.sources} source(s)`;
					if (checking) checking.end(summary);
					else logger.info(`content checked: ${summary}`);
					return;
				}
				const report = formatContentErrors(result.errors);
				// The report is the whole message: a stack trace into this file would only bury it.
				const error = new Error(report);
				error.stack = report;
				throw error;
			},
		},
	};
}
