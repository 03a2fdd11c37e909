import { unified as astroUnified, rehypeHeadingIds } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { renderedHtmlSchema } from './html-schemas.ts';
import { rehypeBasePath } from './rehype-base-path.ts';
import { remarkClaims } from './remark-claims.ts';
import { rehypeHeadingPolicy } from './rehype-heading-policy.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { remarkRawHtmlPolicy } from './remark-raw-html-policy.ts';

/**
 * The Markdown processor of the site (`markdown.processor` in astro.config.ts).
 *
 * Astro parses raw HTML only after the user's rehype plugins (it runs rehype-raw last), so raw
 * HTML is parsed here first and sanitized as the last step the site controls. The content check
 * has already refused any piece the sanitizer would change; this keeps a build that skipped the
 * check from publishing script anyway.
 */
export function articleMarkdownProcessor(base = '/', options: { dev?: boolean } = {}) {
	return astroUnified({
		// In `astro dev` the content check shows marker errors itself, with the file's own line
		// numbers; thrown here as well, Astro would log each again with a stack trace.
		remarkPlugins: [remarkDirective, [remarkClaims, { throwOnError: !options.dev }]],
		rehypePlugins: [rehypeRaw, [rehypeSanitize, renderedHtmlSchema], rehypeParagraphIds, [rehypeBasePath, base]],
	});
}

/**
 * The same Markdown reading for the content check, step for step as Astro runs it (GFM,
 * SmartyPants, our plugins, raw HTML, the sanitizer, Astro's heading ids), with the checks
 * added, leaving every problem as a message on the file instead of throwing at the first.
 */
export function articleMarkdownChecker() {
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkSmartypants)
		.use(remarkDirective)
		.use(remarkRawHtmlPolicy)
		.use(remarkClaims, { throwOnError: false })
		.use(remarkRehype, { allowDangerousHtml: true })
		.use(rehypeRaw)
		.use(rehypeSanitize, renderedHtmlSchema)
		.use(rehypeHeadingIds)
		.use(rehypeHeadingPolicy);
}
