import { unified as astroUnified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { renderedHtmlSchema } from './html-schemas.ts';
import { remarkClaims } from './remark-claims.ts';
import { remarkHeadingAnchors } from './remark-heading-anchors.ts';
import { remarkRawHtmlPolicy } from './remark-raw-html-policy.ts';

/**
 * The Markdown processor of the site (`markdown.processor` in astro.config.ts).
 *
 * Astro parses raw HTML only after the user's rehype plugins (it runs rehype-raw last), so raw
 * HTML is parsed here first and sanitized as the last step the site controls. The content check
 * has already refused any piece the sanitizer would change; this keeps a build that skipped the
 * check from publishing script anyway.
 */
export function articleMarkdownProcessor() {
	return astroUnified({
		remarkPlugins: [remarkDirective, remarkClaims],
		rehypePlugins: [rehypeRaw, [rehypeSanitize, renderedHtmlSchema]],
	});
}

/**
 * The same Markdown reading for the content check: it parses as the site does and runs the
 * checks, leaving every problem as a message on the file instead of throwing at the first.
 */
export function articleMarkdownChecker() {
	return unified()
		.use(remarkParse)
		.use(remarkGfm)
		.use(remarkDirective)
		.use(remarkRawHtmlPolicy)
		.use(remarkHeadingAnchors)
		.use(remarkClaims, { throwOnError: false });
}
