import { defineConfig } from 'astro/config';
import { contentCheck } from './src/integrations/content-check.ts';
import { astroCacheDir, contentDir } from './src/lib/content-dir.ts';
import { articleMarkdownProcessor } from './src/markdown/index.ts';
import { siteBase, siteOrigin } from './src/lib/site-env.ts';

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
	integrations: [contentCheck({ contentDir: contentDir() })],
	devToolbar: { enabled: false },
});
