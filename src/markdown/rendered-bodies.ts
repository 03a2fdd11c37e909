import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MarkdownHeading, MarkdownRenderOptions, MarkdownRenderResult } from '@astrojs/markdown-remark';
import { MARKED_CLAIM_FIELDS, type UncheckedClaim } from './ledger-claim.ts';

/** A body as Astro stores it: its HTML and what the Markdown pass collected. */
export interface RenderedBody {
	code: string;
	headings: MarkdownHeading[];
	localImagePaths: string[];
	remoteImagePaths: string[];
	/** The body's words, as the pipeline counted them (remark-word-count.ts). */
	words?: number | undefined;
}

/** What a rendering depends on besides the code: the file, the body, and what the ledger's markers show. */
export interface BodyIdentity {
	/** The piece's absolute path: images are found beside it. */
	path: string;
	/** The body exactly as Astro passes it to the renderer: after the frontmatter, trimmed. */
	body: string;
	claims: unknown;
	/** The piece's `lang` as written: the words the markers read out are in its interface. */
	lang?: unknown;
}

/** The claims as the claims plugin reads them (the fields markers show), whatever else the frontmatter holds. */
function ledgerKey(claims: unknown): string {
	const list = Array.isArray(claims) ? (claims as (UncheckedClaim | null | undefined)[]) : [];
	return JSON.stringify(list.map((claim) => MARKED_CLAIM_FIELDS.map((field) => claim?.[field])));
}

export function bodyKey({ path, body, claims, lang }: BodyIdentity): string {
	return createHash('sha256')
		.update(`${path}\0${ledgerKey(claims)}\0${typeof lang === 'string' ? lang : ''}\0`)
		.update(body)
		.digest('hex');
}

/**
 * The bodies the content check has already rendered, handed to Astro's content layer so that
 * each piece's Markdown goes through the pipeline once a build, not twice. The check renders
 * with the same processor (src/markdown/index.ts), so what it stores is what Astro would make.
 * A body the check kept on disk is read when Astro asks for it; one it rendered in this run is
 * held in memory until then. Anything not found here Astro renders itself, as before.
 */
export class RenderedBodies {
	private readonly bodies = new Map<string, RenderedBody | string>();

	/** A body rendered in this run. */
	add(identity: BodyIdentity, rendered: RenderedBody): void {
		this.bodies.set(bodyKey(identity), rendered);
	}

	/** A body rendered by an earlier run, kept in a JSON file whose `rendered` field is its RenderedBody. */
	addFile(identity: BodyIdentity, file: string): void {
		this.bodies.set(bodyKey(identity), file);
	}

	/** The rendering Astro asked for, if the check made it; given once, then forgotten. */
	take(content: string, options: MarkdownRenderOptions | undefined): MarkdownRenderResult | undefined {
		if (!options?.fileURL) return undefined;
		const key = bodyKey({ path: fileURLToPath(options.fileURL), body: content, claims: options.frontmatter?.claims, lang: options.frontmatter?.lang });
		const found = this.bodies.get(key);
		if (found === undefined) return undefined;
		this.bodies.delete(key);
		let rendered: RenderedBody | undefined;
		try {
			rendered = typeof found === 'string' ? (JSON.parse(readFileSync(found, 'utf8')) as { rendered?: RenderedBody }).rendered : found;
		} catch {
			// The cache file went away: Astro renders the body itself.
		}
		if (typeof rendered?.code !== 'string') return undefined;
		const { code, words, ...metadata } = rendered;
		// As the pipeline gives it: the frontmatter, with what its plugins added.
		return { code, metadata: { ...metadata, frontmatter: { ...options.frontmatter, ...(words === undefined ? {} : { words }) } } };
	}
}
