import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { devContentErrors } from './src/integrations/dev-content-errors.ts';
import { ogImages } from './src/integrations/og-images.ts';
import { notTheWholeBuild } from './src/integrations/not-the-whole-build.ts';
import { astroCacheDir, contentDir } from './src/lib/content-dir.ts';
import { articleMarkdownProcessor, MARKDOWN_SETTINGS } from './src/markdown/index.ts';
import { RenderedBodies } from './src/markdown/rendered-bodies.ts';
import { siteBase, siteOrigin } from './src/lib/site-env.ts';
import { pieceVersions } from './src/lib/translations.ts';

// Astro lets the environment override the values it defines in import.meta.env at build time:
// a BASE_URL or DEV left in the shell (some CI systems and test runners set them) would silently
// un-base every link of a mirror or show the development notice. The settings are BASE_PATH and
// SITE_URL; these are derived from them.
for (const defined of ['BASE_URL', 'SITE', 'MODE', 'DEV', 'PROD', 'SSR', 'ASSETS_PREFIX']) Reflect.deleteProperty(process.env, defined);

// The content check renders every body once; the Markdown processor takes its renderings. The
// preview images start rendering in processes of their own as soon as the frontmatter is checked.
const rendered = new RenderedBodies();
const previewImages = ogImages({ pieces: () => content.publishedPieces() });
const content = contentCheck({ contentDir: contentDir(), base: siteBase(), rendered, onFrontmatterChecked: (pieces) => previewImages.start(pieces) });

export default defineConfig({
	site: siteOrigin(),
	base: siteBase(),
	trailingSlash: 'always',
	cacheDir: astroCacheDir(),
	// Two pieces with one address must stop the build, not overwrite each other.
	prerenderConflictBehavior: 'error',
	build: {
		format: 'directory',
		// No inline <style>: the Content-Security-Policy allows styles from our own origin only.
		inlineStylesheets: 'never',
		// build.concurrency is left at 1: with the preview images made elsewhere no page waits on
		// anything, and 4 pages in flight rendered 1,216 pages no faster (BENCHMARKS.md).
	},
	markdown: {
		processor: articleMarkdownProcessor({ base: siteBase(), dev: process.argv.slice(2).includes('dev'), rendered, contentDir: contentDir() }),
		...MARKDOWN_SETTINGS,
	},
	integrations: [
		content,
		devContentErrors({ contentDir: contentDir() }),
		previewImages,
		// The search page answers queries, it is no content of its own; 404 is no page at all.
		sitemap({
			filter: (page) => !/\/(search|404)\/?$/.test(new URL(page).pathname),
			// A piece's lastmod (and its claims' pages') follows its updates, corrections and
			// re-assessments, so crawlers come back for them.
			serialize: (item) => {
				const slug = /\/articles\/([^/]+)\/(?:claims\/[^/]+\/)?$/.exec(new URL(item.url).pathname)?.[1];
				const changed = slug && content.lastChanged(slug);
				// A piece in several languages names each version, itself among them (a claim's page is its own).
				const piece = slug && !item.url.includes('/claims/') ? content.publishedPieces().find((published) => published.slug === slug) : undefined;
				const links = piece
					? pieceVersions(piece.slug, piece.data).map((version) => ({
							lang: version.lang,
							url: item.url.replace(`/articles/${piece.slug}/`, `/articles/${version.slug}/`),
						}))
					: [];
				return { ...item, ...(changed && { lastmod: changed }), ...(links.length > 0 && { links }) };
			},
		}),
		// The search index and manifest.json are written by `npm run build` (scripts/build.ts) once Astro has exited.
		notTheWholeBuild(),
	],
	// A page whose code and data are unchanged since the last build is copied from it, not
	// rendered again: its data is named by the `cacheKey` of its route (src/lib/page-cache-keys.ts).
	// Astro keeps the copies in cacheDir, one per content directory.
	experimental: { incrementalBuild: true },
	devToolbar: { enabled: false },
	vite: {
		// Astro inlines scripts smaller than this; the Content-Security-Policy runs only files from our origin.
		// modulePreload off: Vite would otherwise load a helper before each dynamic import, one
		// more round trip before the search index starts to load on a slow network.
		build: { assetsInlineLimit: 0, modulePreload: false },
	},
});
