import { readdir } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { basename, extname, join, relative, resolve, sep } from 'node:path';
import { lastChanged } from '../lib/last-changed.ts';
import { isPublished } from '../lib/publication.ts';
import { type ArticleFrontmatter, ArticleSchema } from '../schemas/article.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import { SourceSchema } from '../schemas/source.ts';
import { extractFrontmatter } from '@astrojs/markdown-remark';
import { createBodyReader } from '../markdown/index.ts';
import type { RenderedBodies } from '../markdown/rendered-bodies.ts';
import { CLAIM_RULES } from '../markdown/remark-claims.ts';
import { TO_FILL } from '../authoring/templates.ts';
import { BodyCheckCache } from './body-check-cache.ts';
import { closestName } from '../lib/closest-name.ts';
import { wordCount } from '../lib/word-count.ts';
import { type ContentError, formatContentError, sortContentErrors } from './content-error.ts';
import { readContentFile, splitFrontmatter } from './read-content-file.ts';
import { schemaErrors } from './schema-errors.ts';
import { parseYaml, type ParsedYaml } from './yaml-document.ts';

export interface ContentCheckResult {
	errors: ContentError[];
	/** What an editor should know but that publishes safely: a source no piece cites. */
	warnings: ContentError[];
	articles: number;
	published: number;
	/** Pieces dated after the build's day: held back until a build on that day. */
	scheduled: number;
	sources: number;
	/** Each published piece's slug and the date it last changed, for the sitemap. */
	changed: Map<string, string>;
	/** The published pieces as checked, for what is made from their frontmatter alone (preview images). */
	pieces: PublishedPiece[];
}

export interface PublishedPiece {
	slug: string;
	/** The file, as errors name it. */
	file: string;
	data: ArticleFrontmatter;
}

/**
 * The longest body a piece may have. Far beyond any article (a long investigation runs to
 * 15,000 words); a file past it is most likely a paste gone wrong, and would make one page
 * and its search entry heavy for every reader.
 */
const MAX_BODY_WORDS = 30_000;

/** What the cross-checks need of a claim, read from data that may have failed the schema. */
interface LedgerClaim {
	id: string;
	status: string;
	sources: string[];
}

interface CheckedArticle {
	file: string;
	/** The file's absolute path. */
	path: string;
	slug: string;
	ledger: LedgerClaim[];
	yaml: ParsedYaml;
	/** Whether the build publishes it (not a draft, not scheduled). */
	published: boolean;
	text: string;
}

/** The claims of a piece, as far as they can be read; entries without a usable id are left to the schema errors. */
function ledgerOf(data: unknown): LedgerClaim[] {
	const claims = (data as { claims?: unknown } | undefined)?.claims;
	if (!Array.isArray(claims)) return [];
	return claims.map((claim) => {
		const { id, status, sources } = (claim ?? {}) as Record<string, unknown>;
		return {
			id: typeof id === 'string' ? id : '',
			status: typeof status === 'string' ? status : '',
			sources: Array.isArray(sources) ? sources.filter((source): source is string => typeof source === 'string') : [],
		};
	});
}

export interface CheckOptions {
	/** Where the bodies the check renders go, for Astro to publish without rendering them again. */
	rendered?: RenderedBodies;
	/** The site's base path, which links from the site's root get. */
	base?: string;
	/**
	 * Called once every frontmatter is checked and found valid, before the bodies are read (which
	 * is most of the check's time): with the pieces that will be published.
	 */
	onFrontmatterChecked?: (pieces: PublishedPiece[]) => void;
	/**
	 * Called with each warning (also kept in the result's `warnings`). By default a warning is
	 * written to stderr: the build and `npm run check:content` print the errors of a result, and
	 * a warning must reach the editor wherever the check runs.
	 */
	onWarning?: (warning: ContentError) => void;
}

const printWarning = (warning: ContentError) => {
	process.stderr.write(`content warning: ${formatContentError(warning)}\n`);
};

/**
 * Reads every source and article under `contentDir` and returns every problem in every file,
 * so an editor fixes them all in one pass. The build stops when this finds anything.
 */
export async function checkContent(contentDir: string, root = process.cwd(), options: CheckOptions = {}): Promise<ContentCheckResult> {
	const display = (path: string) => relative(root, path) || path;
	const errors: ContentError[] = [];
	const result: ContentCheckResult = { errors, warnings: [], articles: 0, published: 0, scheduled: 0, sources: 0, changed: new Map(), pieces: [] };

	if (!existsSync(contentDir) || !statSync(contentDir).isDirectory()) {
		errors.push({ file: display(contentDir), message: 'the content directory does not exist' });
		return result;
	}
	const sourcesDir = join(contentDir, 'sources');
	const articlesDir = join(contentDir, 'articles');

	const listed = async (dir: string) => {
		const { files, links } = await filesUnder(dir);
		for (const link of links) {
			errors.push({
				file: display(link),
				message: 'is a symbolic link',
				hint: 'content must be real files inside the content directory, so that what is checked is what is published',
			});
		}
		return files;
	};

	const sourceIds = new Set<string>();
	const sourceTexts = new Map<string, { file: string; text: string }>();
	const fileOfSourceId = new Map<string, string>();
	for (const path of await listed(sourcesDir)) {
		const file = display(path);
		if (!['.yaml', '.yml'].includes(extname(path))) continue;
		if (extname(path) === '.yml') {
			errors.push({ file, message: 'source files end in .yaml', hint: `rename it to ${basename(path, '.yml')}.yaml` });
			continue;
		}
		const id = basename(path, '.yaml');
		if (!SLUG_PATTERN.test(id)) {
			errors.push({ file, message: `"${id}" is not a valid source id`, hint: 'name the file with lower-case letters, digits and single hyphens' });
		}
		const sameId = claimName(fileOfSourceId, id, file);
		if (sameId) {
			errors.push({
				file,
				message: `the source id "${id}" is already used by ${sameId}`,
				hint: 'a source id is its file name, and must be unique across all folders of content/sources/',
			});
		}
		const read = await readContentFile(path);
		if ('error' in read) {
			errors.push({ file, message: read.error });
			continue;
		}
		const yaml = parseYaml(read.text);
		if (reportSyntaxErrors(file, yaml, errors)) continue;
		const parsed = SourceSchema.safeParse(yaml.data ?? {}, { reportInput: true });
		if (!parsed.success) errors.push(...schemaErrors(file, parsed.error.issues, yaml));
		sourceIds.add(id);
		sourceTexts.set(id, { file, text: read.text });
	}
	result.sources = sourceIds.size;

	const articles: CheckedArticle[] = [];
	const bodies = { cache: new BodyCheckCache(), read: await createBodyReader(options.base), base: options.base ?? '/', rendered: options.rendered };
	const fileOfSlug = new Map<string, string>();
	for (const path of await listed(articlesDir)) {
		if (extname(path) !== '.md') continue;
		const file = display(path);
		const slug = basename(path, '.md');
		if (!SLUG_PATTERN.test(slug)) {
			errors.push({
				file,
				message: `"${slug}" is not a valid slug`,
				hint: 'the file name is the address of the piece: use lower-case letters, digits and single hyphens',
			});
		}
		const sameSlug = claimName(fileOfSlug, slug, file);
		if (sameSlug) {
			errors.push({ file, message: `the slug "${slug}" is already used by ${sameSlug}`, hint: 'two pieces cannot share an address: rename one of the files' });
		}

		const read = await readContentFile(path);
		if ('error' in read) {
			errors.push({ file, message: read.error });
			continue;
		}
		const split = splitFrontmatter(read.text);
		if (!split) {
			errors.push({ file, line: 1, message: 'has no frontmatter: a piece starts with a line "---", its fields, and another "---"' });
			continue;
		}
		if (!/[\p{L}\p{N}]/u.test(split.body)) {
			errors.push({ file, field: 'body', message: 'the piece has no text after its frontmatter' });
		}
		const words = wordCount(split.body);
		if (words > MAX_BODY_WORDS) {
			errors.push({
				file,
				field: 'body',
				message: `is ${words.toLocaleString('en-GB')} words long; a piece is at most ${MAX_BODY_WORDS.toLocaleString('en-GB')} words`,
				hint: 'split it into parts that link to each other',
			});
		}
		const yaml = parseYaml(split.yaml, 2);
		if (reportSyntaxErrors(file, yaml, errors)) continue;
		const parsed = ArticleSchema.safeParse(yaml.data ?? {}, { reportInput: true });
		if (!parsed.success) errors.push(...schemaErrors(file, parsed.error.issues, yaml));
		// Even a piece with a bad field has its markers and sources checked, so one run says it all.
		const published = parsed.success && isPublished(parsed.data);
		const article = { file, path: resolve(root, path), slug, ledger: ledgerOf(parsed.success ? parsed.data : yaml.data), yaml, published, text: read.text };
		result.articles += 1;
		if (parsed.success && !parsed.data.draft && !published) result.scheduled += 1;
		if (parsed.success && published) {
			result.published += 1;
			result.changed.set(slug, lastChanged(parsed.data));
			result.pieces.push({ slug, file, data: parsed.data });
		}
		articles.push(article);
	}

	// What needs only the frontmatter (preview images) can start while the bodies are read.
	if (errors.length === 0) options.onFrontmatterChecked?.(result.pieces);
	for (const article of articles) errors.push(...(await bodyErrors(article, bodies)));

	for (const article of articles) {
		article.ledger.forEach((claim, claimIndex) => {
			claim.sources.forEach((sourceId, sourceIndex) => {
				if (sourceIds.has(sourceId)) return;
				const path = ['claims', claimIndex, 'sources', sourceIndex];
				errors.push({
					file: article.file,
					line: article.yaml.lineOf(path),
					field: `claims[${claimIndex}].sources[${sourceIndex}]`,
					message: `names the source "${sourceId}", which does not exist${suggestion(closestName(sourceId, sourceIds, 3))}`,
					hint: `add ${display(join(sourcesDir, `${sourceId}.yaml`))} or correct the id`,
				});
			});
		});
	}

	// What `npm run new` leaves for the editor to write must be written before anything is published.
	const citedByPublished = new Set(articles.filter((article) => article.published).flatMap((article) => article.ledger.flatMap((claim) => claim.sources)));
	const unfilled = [
		...articles.filter((article) => article.published).map(({ file, text }) => ({ file, text, whose: 'a published piece' })),
		...[...citedByPublished].flatMap((id) => (sourceTexts.has(id) ? [{ ...sourceTexts.get(id)!, whose: 'a source of a published piece' }] : [])),
	];
	for (const { file, text, whose } of unfilled) {
		text.split(/\r?\n/).forEach((line, index) => {
			if (!line.includes(TO_FILL)) return;
			errors.push({
				file,
				line: index + 1,
				message: `${whose} still has template text: ${line.trim().slice(0, 80)}`,
				hint: `write what the ${TO_FILL} line asks for, or set draft: true until it is written`,
			});
		});
	}

	result.warnings.push(...uncitedSources(sourceTexts, articles));
	result.warnings.forEach((warning) => (options.onWarning ?? printWarning)(warning));

	if (errors.length === 0 && result.published === 0) {
		errors.push({ file: display(articlesDir), message: 'there is no published piece: every piece is a draft, dated after today, or the folder is empty' });
	}
	sortContentErrors(errors);
	return result;
}

/**
 * The body as Astro's loader passes it to the Markdown processor (after the frontmatter, trimmed),
 * and how many lines of the file come before it, so that problems are reported at the file's lines.
 */
function astroBody(text: string): { body: string; lineOffset: number } {
	const frontmatter = extractFrontmatter(text);
	const delimiter = text.trimStart().startsWith('+++') ? '+++' : '---';
	const block = frontmatter === undefined ? '' : `${delimiter}${frontmatter}${delimiter}`;
	const after = block ? text.indexOf(block) + block.length : 0;
	const start = after + (text.slice(after).length - text.slice(after).trimStart().length);
	return { body: text.slice(start).trim(), lineOffset: text.slice(0, start).split('\n').length - 1 };
}

/**
 * Claim markers and raw HTML, read the way the site reads them: the body goes through the site's
 * own pipeline, and its HTML is kept for Astro to publish. From the cache when nothing it
 * depends on changed.
 */
async function bodyErrors(
	{ file, path, text, ledger, yaml }: CheckedArticle,
	bodies: { cache: BodyCheckCache; read: Awaited<ReturnType<typeof createBodyReader>>; base: string; rendered: RenderedBodies | undefined },
): Promise<ContentError[]> {
	const claims = ledger.filter((claim) => claim.id);
	const { body, lineOffset } = astroBody(text);
	const rawClaims = (yaml.data as { claims?: unknown } | undefined)?.claims;
	const reading = await bodies.cache.reading({ path, body, claims: JSON.stringify(claims), base: bodies.base }, () => bodies.read(body, { path, claims }));
	const identity = { path, body, claims: rawClaims };
	if (reading.rendered) bodies.rendered?.add(identity, reading.rendered);
	else bodies.rendered?.addFile(identity, reading.file);
	return reading.messages.map((message): ContentError => {
		if (message.ruleId === CLAIM_RULES.unmarkedClaim && message.claimId) {
			const index = ledger.findIndex((claim) => claim.id === message.claimId);
			return { file, line: yaml.lineOf(['claims', index]), field: `claims[${index}]`, message: message.reason };
		}
		return { file, line: message.line === undefined ? undefined : message.line + lineOffset, field: 'body', message: message.reason };
	});
}

/**
 * Sources no piece cites, drafts included. They are not wrong (a source may be written before
 * the claim that will cite it), but no page shows them, and most often the id in the ledger was
 * mistyped or the claim that cited it was deleted: the editor should hear of it.
 */
function uncitedSources(sourceTexts: ReadonlyMap<string, { file: string }>, articles: readonly CheckedArticle[]): ContentError[] {
	const cited = new Set(articles.flatMap((article) => article.ledger.flatMap((claim) => claim.sources)));
	return [...sourceTexts]
		.filter(([id]) => !cited.has(id))
		.map(([id, { file }]) => ({
			file,
			message: `no piece cites the source "${id}", so it is published nowhere`,
			hint: `cite it in a claim's sources ([${id}]), or delete the file if it is no longer needed`,
		}));
}

const suggestion = (name: string | undefined) => (name ? `; did you mean "${name}"?` : '');

function reportSyntaxErrors(file: string, yaml: ParsedYaml, errors: ContentError[]): boolean {
	for (const syntaxError of yaml.syntaxErrors) {
		errors.push({
			file,
			line: syntaxError.line,
			message: `YAML syntax: ${syntaxError.message}`,
			hint: 'quote a value that contains ": " or starts with a special character',
		});
	}
	return yaml.syntaxErrors.length > 0;
}

/**
 * Records that `file` uses `name`, and returns the file that used it first, if any. Names are
 * compared without case: `Foo` and `foo` collide on case-insensitive file systems and in
 * readers' minds.
 */
function claimName(firstFileOf: Map<string, string>, name: string, file: string): string | undefined {
	const key = name.toLowerCase();
	const first = firstFileOf.get(key);
	if (!first) firstFileOf.set(key, file);
	return first;
}

/**
 * The content files under `dir`, as Astro's loader sees them (no dot folders, no files starting
 * with `_` or `.`), and apart, the symbolic links, which the loader would follow unchecked.
 */
async function filesUnder(dir: string): Promise<{ files: string[]; links: string[] }> {
	if (!existsSync(dir)) return { files: [], links: [] };
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const visible = entries.filter(
		(entry) =>
			!relative(dir, join(entry.parentPath, entry.name))
				.split(sep)
				.some((part) => part.startsWith('.')),
	);
	const paths = (list: typeof entries) => list.map((entry) => join(entry.parentPath, entry.name)).sort();
	return {
		files: paths(visible.filter((entry) => entry.isFile() && !entry.name.startsWith('_'))),
		links: paths(visible.filter((entry) => entry.isSymbolicLink())),
	};
}
