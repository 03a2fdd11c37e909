import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { pagefindSearch } from './src/integrations/pagefind.ts';
import { astroCacheDir, contentDir } from './src/lib/content-dir.ts';
import { articleMarkdownProcessor } from './src/markdown/index.ts';
import { siteBase, siteOrigin } from './src/lib/site-env.ts';

const content = contentCheck({ contentDir: contentDir() });

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
	},
	markdown: {
		processor: articleMarkdownProcessor(),
		syntaxHighlight: false,
	},
	integrations: [content, pagefindSearch({ expectedPages: content.publishedPieces })],
	devToolbar: { enabled: false },
	vite: {
		// Astro inlines scripts smaller than this; the Content-Security-Policy runs only files from our origin.
		build: { assetsInlineLimit: 0 },
	},
});
