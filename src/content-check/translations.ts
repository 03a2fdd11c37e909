import { closestName } from '../lib/closest-name.ts';
import { buildDate } from '../lib/dates.ts';
import { DEFAULT_LANGUAGE, LANGUAGE_TAG_PATTERN, sameLanguage } from '../schemas/article.ts';
import { IsoDaySchema } from '../schemas/dates.ts';
import { type ContentError, formatFieldPath } from './content-error.ts';
import type { ValidatedArticle } from './validate-frontmatter.ts';

/** What the translation checks read of a piece. */
interface Piece {
	slug: string;
	file: string;
	/** Its language; `undefined` when its `lang` is not text (the schema says so). */
	lang: string | undefined;
	/**
	 * The day it is on the site from: the build's day for a published piece, its date for a
	 * scheduled one; `null` for a draft, which no day publishes; `undefined` when its fields
	 * cannot tell (the schema says why).
	 */
	onSite: string | null | undefined;
	/** Its `translations`, language → slug, those written as text. */
	translations: [language: string, slug: string][];
	yaml: ValidatedArticle['yaml'];
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * The piece's fields as written, valid or not: a piece with a wrong title still has its
 * translations checked, so that one run says it all. Defaults are the schema's.
 */
function readPiece(article: ValidatedArticle, today: string): Piece {
	const fields = article.data ?? article.yaml.data;
	const record: Record<string, unknown> = isRecord(fields) ? fields : {};
	const { lang = DEFAULT_LANGUAGE, draft = false, published, translations } = record;
	const day = IsoDaySchema.safeParse(published);
	let onSite: Piece['onSite'];
	if (draft === true) onSite = null;
	else if (draft === false && day.success) onSite = day.data > today ? day.data : today;
	return {
		slug: article.slug,
		file: article.file,
		lang: typeof lang === 'string' ? lang : undefined,
		onSite,
		translations: isRecord(translations) ? Object.entries(translations).filter((entry): entry is [string, string] => typeof entry[1] === 'string') : [],
		yaml: article.yaml,
	};
}

/**
 * What pieces' `translations` say of each other. Each names a piece that exists, is not the piece
 * itself, is written in the language it is listed under, and names this piece back: the site links
 * a piece and its translations both ways, so a link one way only is a mistake on one side.
 *
 * Drafts are checked like any other piece (as their sources are), but a link must lead somewhere
 * on the site on every day the piece is on it: a published piece cannot name a draft, nor a
 * piece scheduled after it. As a published piece cannot name a draft back yet, a draft may name a
 * published piece that does not name it: the link back is asked for when the draft is published
 * (which takes an editor's edit). A scheduled piece is published by a build on its day with no one
 * editing it, so it is held to the rule now: a one-way link that the build on its day would refuse
 * is refused today, not on that day.
 *
 * `slugs` are every piece's, `articlesDir` where pieces are, as errors name it; `today` is the
 * build's day, which decides what is published.
 */
export function translationErrors(
	slugs: Iterable<string>,
	articles: readonly ValidatedArticle[],
	articlesDir: string,
	today: string = buildDate().toISOString().slice(0, 10),
): ContentError[] {
	const allSlugs = new Set(slugs);
	// A slug used twice is reported as such; the checks read the last file with it.
	const pieces = new Map(articles.map((article) => [article.slug, readPiece(article, today)]));
	return [...pieces.values()].flatMap((piece) =>
		piece.translations.flatMap(([language, slug]): ContentError[] => {
			// A key that is no language, or the piece's own, is the schema's to refuse: anything more said of it would be noise.
			if (!LANGUAGE_TAG_PATTERN.test(language) || (piece.lang !== undefined && sameLanguage(language, piece.lang))) return [];
			const problem = linkProblem(piece, language, slug, allSlugs, pieces, articlesDir);
			if (!problem) return [];
			const path = ['translations', language];
			return [{ file: piece.file, line: piece.yaml.lineOf(path), field: formatFieldPath(path), ...problem }];
		}),
	);
}

/** What is wrong with the link from `piece` to `slug`, listed under `language`, if anything: the first thing an editor must fix. */
function linkProblem(
	piece: Piece,
	language: string,
	slug: string,
	allSlugs: ReadonlySet<string>,
	pieces: ReadonlyMap<string, Piece>,
	articlesDir: string,
): { message: string; hint: string } | undefined {
	if (slug === piece.slug) {
		return { message: `names this piece itself ("${slug}"): a piece cannot be its own translation`, hint: `name the slug of the piece written in ${language}` };
	}
	if (!allSlugs.has(slug)) {
		const closest = closestName(
			slug,
			[...allSlugs].filter((candidate) => candidate !== piece.slug),
			3,
		);
		return {
			message: `names the piece "${slug}", which does not exist${closest ? `; did you mean "${closest}"?` : ''}`,
			hint: `a piece's slug is its file name without .md: add ${articlesDir}/<year>/${slug}.md, or correct the slug`,
		};
	}
	// A file whose frontmatter could not be read is reported as such; nothing more can be said of it.
	const target = pieces.get(slug);
	if (!target) return undefined;
	if (target.lang !== undefined && !sameLanguage(target.lang, language)) {
		return {
			message: `names "${slug}", whose lang is ${target.lang}, not ${language}: a translation listed under ${language} must be written in ${language}`,
			hint: `correct the slug or the language before it; if ${target.file} is written in ${language}, correct its lang`,
		};
	}
	const nowhere = leadsNowhere(piece, target);
	if (nowhere) return nowhere;
	return missingLinkBack(piece, target);
}

/** A link the site would show, from a piece on it, to a piece not on it (yet). */
function leadsNowhere(piece: Piece, target: Piece): { message: string; hint: string } | undefined {
	// A draft is on no page yet; a piece whose fields cannot tell is refused for them.
	if (typeof piece.onSite !== 'string' || target.onSite === undefined) return undefined;
	if (target.onSite === null) {
		return {
			message: `names "${target.slug}", which is a draft: the link to it would lead nowhere on the site`,
			hint: `publish ${target.file} first (remove its draft: true), or leave this line out until it is published`,
		};
	}
	if (target.onSite <= piece.onSite) return undefined;
	return {
		message: `names "${target.slug}", which is scheduled for ${target.onSite}, after this piece: until then the link to it would lead nowhere on the site`,
		hint: `add this line once ${target.file} is published, or publish the two pieces on the same day`,
	};
}

/** A link one way only: `target` does not name `piece` under `piece`'s language. */
function missingLinkBack(piece: Piece, target: Piece): { message: string; hint: string } | undefined {
	if (piece.lang === undefined) return undefined;
	const lang = piece.lang;
	const back = target.translations.find(([language]) => sameLanguage(language, lang));
	if (back?.[1] === piece.slug) return undefined;
	if (back) {
		return {
			message: `names "${target.slug}", but "${target.slug}" names "${back[1]}" as its ${back[0]} translation, not this piece`,
			hint: `a piece has one translation in each language, and the two name each other: correct this line, or the one in ${target.file}`,
		};
	}
	// The target cannot name a draft yet (that link would lead nowhere); it will once the draft is published.
	if (piece.onSite === null && typeof target.onSite === 'string') return undefined;
	// Nor can it name a piece scheduled after it before that piece's day, when the build would find this link one way only.
	if (typeof piece.onSite === 'string' && typeof target.onSite === 'string' && piece.onSite > target.onSite) {
		return {
			message: `names "${target.slug}", but "${target.slug}" does not name this piece back, and cannot before this piece is published on ${piece.onSite}: the build on that day would refuse this link`,
			hint: 'leave this line out, and link the two pieces both ways once this piece is published',
		};
	}
	return {
		message: `names "${target.slug}", but "${target.slug}" does not name this piece back (its translations have no ${lang}: ${piece.slug})`,
		hint: `a translation links both ways: add "${lang}: ${piece.slug}" under translations: in ${target.file}`,
	};
}
