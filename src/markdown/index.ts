import { pluginFrontmatter, remarkWordCount, wordsOf } from './remark-word-count.ts';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { unified as astroUnified, rehypeHeadingIds, type MarkdownHeading, type MarkdownProcessor, type UnifiedResolvedOptions } from '@astrojs/markdown-remark';
import type { Root as HastRoot } from 'hast';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import remarkDirective from 'remark-directive';
import type { Plugin } from 'unified';
import type { VFile } from 'vfile';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { renderedHtmlSchema } from './html-schemas.ts';
import { rehypeBasePath } from './rehype-base-path.ts';
import type { MarkedClaim } from './ledger-claim.ts';
import { remarkClaims } from './remark-claims.ts';
import { rehypeHeadingLinks } from './heading-links.ts';
import { rehypeHeadingPolicy } from './rehype-heading-policy.ts';
import { rehypeParagraphIds } from './rehype-paragraph-ids.ts';
import { remarkHtmlLinkImagePolicy } from './remark-html-link-image-policy.ts';
import { remarkSmartPunctuation } from './remark-smart-punctuation.ts';
import type { RenderedBodies, RenderedBody } from './rendered-bodies.ts';

export interface ArticleMarkdownOptions {
	/** The site's base path, put in front of links written from the site's root. */
	base?: string;
	/** In `astro dev` the content check shows marker errors itself, with the file's own line numbers. */
	dev?: boolean;
	/** Bodies the content check has rendered already: Astro takes them instead of rendering again. */
	rendered?: RenderedBodies;
	/**
	 * The content directory. Astro keeps one content store for `astro dev` whatever the
	 * directory; given here, in options it hashes, another directory makes it start the store
	 * afresh instead of keeping the files of the last one.
	 */
	contentDir?: string;
}

/** A problem the Markdown pass found in a body, at a line of the body. */
export interface BodyMessage {
	reason: string;
	line?: number | undefined;
	ruleId?: string | undefined;
	claimId?: string | undefined;
}

/**
 * Raw HTML is parsed where there is some. Astro parses it only after the user's plugins, so the
 * sanitizer would not see it; a body without any (most of them) skips the reparse here.
 */
const rehypeRawWherePresent: Plugin<[], HastRoot> = () => {
	const parseRaw = rehypeRaw();
	return (tree, file) => (hasRaw(tree) ? parseRaw(tree, file) : undefined);
};

function hasRaw(node: { type: string; children?: unknown[] }): boolean {
	return node.type === 'raw' || (node.children ?? []).some((child) => hasRaw(child as typeof node));
}

/** Hands every message of a file to `report` once the plugins before it have run. */
const rehypeReportMessages: Plugin<[(file: VFile) => void], HastRoot> = (report) => (_tree, file) => {
	report(file);
};

/**
 * The Markdown pipeline of a piece, in Astro's order: GFM, then ours (SmartyPants, the policy
 * for raw HTML, links and images, claim markers), Astro's image collection, remark-rehype, then raw HTML parsed
 * and sanitized as the last step the site controls, paragraph and heading ids, the heading
 * policy, a link beside each heading, Astro's image markers, and the HTML.
 *
 * The build and the content check run this one pipeline: the check with `report`, leaving every
 * problem as a message on the file; the build throwing at a bad claim marker, and sanitizing,
 * so that a build that skipped the check still publishes no script.
 */
function articleUnified(base: string, mode: { throwOnError: boolean; report?: (file: VFile) => void }) {
	return astroUnified({
		gfm: true,
		// remarkSmartPunctuation is SmartyPants, step for step, minus the passes that change nothing.
		smartypants: false,
		remarkPlugins: [remarkWordCount, remarkSmartPunctuation, remarkDirective, remarkHtmlLinkImagePolicy, [remarkClaims, { throwOnError: mode.throwOnError }]],
		rehypePlugins: [
			rehypeRawWherePresent,
			[rehypeSanitize, renderedHtmlSchema],
			rehypeParagraphIds,
			[rehypeBasePath, base],
			// Astro gives headings their ids after these plugins; given here (it keeps ids it finds),
			// the policy checks the ids readers will get.
			rehypeHeadingIds,
			rehypeHeadingPolicy,
			rehypeHeadingLinks,
			...(mode.report ? [[rehypeReportMessages, mode.report] as [typeof rehypeReportMessages, (file: VFile) => void]] : []),
		],
	});
}

/**
 * Astro's own Markdown settings for the site (`markdown` in astro.config.ts), which the content
 * check renders with too: one object, so the two cannot differ.
 */
export const MARKDOWN_SETTINGS = { syntaxHighlight: false } as const;

/**
 * A hash of the code that turns a file into what Astro stores of it: this folder's modules and
 * what they use of the site's helpers and its words (the HTML), the schemas (the data, with their defaults) and the lockfile. Astro keeps each piece in
 * its content store and reads it again only when the file changes; given in the processor's
 * options, which Astro hashes with the rest of its configuration, a change to this code makes
 * Astro drop the store and read every piece again. Without the schemas, a store written before
 * a field with a default was added would hand pages entries without it.
 */
export function markdownCodeVersion(root = process.cwd()): string {
	return codeFingerprint(root, { dirs: ['src/markdown', 'src/schemas', 'src/lib', 'src/i18n'], files: ['package-lock.json'] });
}

/** The Markdown processor of the site (`markdown.processor` in astro.config.ts). */
export function articleMarkdownProcessor(
	options: ArticleMarkdownOptions = {},
): MarkdownProcessor<UnifiedResolvedOptions & { codeVersion: string; contentDir: string }> {
	const unified = articleUnified(options.base ?? '/', { throwOnError: !options.dev });
	const rendered = options.rendered;
	return {
		name: 'dossier',
		options: { ...unified.options, codeVersion: markdownCodeVersion(), contentDir: options.contentDir ?? '' },
		async createRenderer(shared) {
			const renderer = await unified.createRenderer(shared);
			return {
				async render(content, renderOptions) {
					const result = rendered?.take(content, renderOptions) ?? (await renderer.render(content, renderOptions));
					// Astro keeps the frontmatter it passed in with every rendering, a second copy of the
					// piece's data in its store; pages read only what the plugins added.
					return { ...result, metadata: { ...result.metadata, frontmatter: pluginFrontmatter(result.metadata.frontmatter) } };
				},
			};
		},
	};
}

/** What the content check learns from a body: the HTML Astro would make of it, and every problem. */
export interface BodyReading {
	rendered: RenderedBody;
	messages: BodyMessage[];
}

/**
 * The content check's reading of bodies: the site's own pipeline, collecting every problem of a
 * file instead of stopping at the first.
 */
export async function createBodyReader(base = '/') {
	const reports = new Map<string, VFile['messages']>();
	const unified = articleUnified(base, { throwOnError: false, report: (file) => reports.set(file.path, [...file.messages]) });
	const renderer = await unified.createRenderer({ ...MARKDOWN_SETTINGS });
	return async function read(body: string, { path, claims, lang }: { path: string; claims: readonly MarkedClaim[]; lang?: unknown }): Promise<BodyReading> {
		const fileURL = pathToFileURL(path);
		const { code, metadata } = await renderer.render(body, { fileURL, frontmatter: { claims, lang } });
		const key = fileURLToPath(fileURL);
		const messages = reports.get(key) ?? [];
		reports.delete(key);
		const headings: MarkdownHeading[] = metadata.headings;
		return {
			rendered: {
				code,
				headings,
				localImagePaths: metadata.localImagePaths,
				remoteImagePaths: metadata.remoteImagePaths,
				words: wordsOf(metadata.frontmatter),
			},
			messages: messages.map((message) => ({
				reason: message.reason,
				line: message.line ?? undefined,
				ruleId: message.ruleId ?? undefined,
				claimId: (message as { claimId?: string }).claimId,
			})),
		};
	};
}
