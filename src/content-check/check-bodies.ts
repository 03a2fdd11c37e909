import { wordCount } from '../lib/word-count.ts';
import { astroBody } from '../markdown/astro-body.ts';
import { createBodyReader } from '../markdown/index.ts';
import { CLAIM_RULES } from '../markdown/remark-claims.ts';
import type { RenderedBodies } from '../markdown/rendered-bodies.ts';
import { BodyCheckCache } from './body-check-cache.ts';
import type { CheckMemo } from './check-memo.ts';
import type { ContentError } from './content-error.ts';
import type { ArticleFile } from './read-files.ts';
import type { ValidatedArticle } from './validate-frontmatter.ts';

/**
 * The longest body a piece may have. Far beyond any article (a long investigation runs to
 * 15,000 words); a file past it is most likely a paste gone wrong, and would make one page
 * and its search entry heavy for every reader.
 */
const MAX_BODY_WORDS = 30_000;

/** What a body's text says by itself, before any field is read: that there is some, and not too much. */
export function checkBodySize(article: ArticleFile): void {
	if (article.stopped || !article.split) return;
	const { file, split, problems } = article;
	if (!/[\p{L}\p{N}]/u.test(split.body)) {
		problems.push({ file, field: 'body', message: 'the piece has no text after its frontmatter' });
	}
	// Every word takes a character at least: a body of no more characters than the limit has no
	// more words either, and is not parsed to count them (most of a cached check's time).
	const words = split.body.length > MAX_BODY_WORDS ? wordCount(split.body) : 0;
	if (words > MAX_BODY_WORDS) {
		problems.push({
			file,
			field: 'body',
			message: `is ${words.toLocaleString('en-GB')} words long; a piece is at most ${MAX_BODY_WORDS.toLocaleString('en-GB')} words`,
			hint: 'split it into parts that link to each other',
		});
	}
}

/**
 * The check of bodies: claim markers, raw HTML, links and images, read the way the site reads
 * them. Each body goes through the site's own pipeline (src/markdown/), and its HTML is kept in
 * `rendered` for Astro to publish. From the cache when nothing it depends on changed.
 */
export async function createBodyCheck(options: { base?: string | undefined; rendered?: RenderedBodies | undefined; memo?: CheckMemo | undefined }) {
	const cache = new BodyCheckCache();
	const read = await createBodyReader(options.base);
	const base = options.base ?? '/';
	// Not with `rendered`, which needs every body's rendering.
	const memo = options.rendered ? undefined : options.memo;
	return async function bodyErrors(article: ValidatedArticle): Promise<ContentError[]> {
		if (!memo) return readBody(article);
		const beside = cache.filesBeside(article.path);
		const known = memo.body(article.path, article.text, beside);
		if (known) return known;
		const found = await readBody(article);
		memo.rememberBody(article.path, article.text, beside, found);
		return found;
	};

	async function readBody({ file, path, text, ledger, yaml }: ValidatedArticle): Promise<ContentError[]> {
		const claims = ledger.filter((claim) => claim.id);
		const { body, lineOffset } = astroBody(text);
		const { claims: rawClaims, lang } = (yaml.data as { claims?: unknown; lang?: unknown } | undefined) ?? {};
		const reading = await cache.reading({ path, body, claims: JSON.stringify(claims), base, lang: typeof lang === 'string' ? lang : '' }, () =>
			read(body, { path, claims, lang }),
		);
		const identity = { path, body, claims: rawClaims, lang };
		if (reading.rendered) options.rendered?.add(identity, reading.rendered);
		else options.rendered?.addFile(identity, reading.file);
		return reading.messages.map((message): ContentError => {
			if (message.ruleId === CLAIM_RULES.unmarkedClaim && message.claimId) {
				const index = ledger.findIndex((claim) => claim.id === message.claimId);
				return { file, line: yaml.lineOf(['claims', index]), field: `claims[${index}]`, message: message.reason };
			}
			return { file, line: message.line === undefined ? undefined : message.line + lineOffset, field: 'body', message: message.reason };
		});
	}
}
