import { z } from 'astro/zod';
import { buildDate } from '../lib/dates.ts';
import { HttpUrlSchema, SLUG_PATTERN, SlugSchema, textSchema } from './common.ts';
import { EventDateOrSpanSchema, IsoDaySchema } from './dates.ts';

export const ARTICLE_KINDS = ['analysis', 'opinion', 'report', 'explainer'] as const;
export const CLAIM_STATUSES = ['corroborated', 'disputed', 'attributed', 'unverified'] as const;

/** BCP 47 language tag, e.g. `en`, `fa`, `pt-BR`. */
export const LANGUAGE_TAG_PATTERN = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;
const LanguageTagSchema = z.string().regex(LANGUAGE_TAG_PATTERN, { error: 'expected a BCP 47 language tag such as en or fa' });

/** The language of a piece that does not say (its `lang`). */
export const DEFAULT_LANGUAGE = 'en';

/**
 * Whether two language tags name one language: their primary subtags agree (`fa` and `fa-AF`,
 * `pt-BR` and `pt-PT`). A translation is into a language; its regional variety is the piece's own business.
 */
export function sameLanguage(a: string, b: string): boolean {
	return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}

/**
 * The same piece in other languages: each language, as `lang` takes it, names the slug (the file
 * name) of the piece written in it, e.g. `fa: workers-protests-fa`. Only what the piece says by
 * itself is checked here (no language of its own, articleRuleIssues); that each names a piece in
 * that language which names this one back is the content check's (src/content-check/translations.ts),
 * since it takes the other files.
 */
const TranslationsSchema = z.record(
	z.string().regex(LANGUAGE_TAG_PATTERN, { error: 'is not a language tag: write the language as lang takes it, such as en, fa or pt-BR' }),
	z.string().regex(SLUG_PATTERN, { error: 'expected the slug of a piece: its file name without .md, such as workers-protests-fa' }),
);

/**
 * One earlier assessment of a claim: `status` is what the claim was assessed as until `date`, the
 * day the editors re-assessed it; `note` says what that assessment rested on and why it changed.
 * A claim's `history` lists them oldest first, and its own `status` is the assessment since the
 * last `date`: the page can then say "Re-assessed on 25 November 2026; was Unverified: <note>".
 * An entry records a change of status, so two in a row never share one (articleRuleIssues).
 */
const ClaimHistoryEntrySchema = z.strictObject({
	/** The day of the re-assessment that ended this assessment. */
	date: IsoDaySchema,
	/** What the claim was assessed as until that day. */
	status: z.enum(CLAIM_STATUSES),
	/** What the assessment rested on, and why it changed: one to a few sentences, for readers. */
	note: textSchema(600),
});

/**
 * The claims ledger entry. `sources` holds source ids; the caller decides how an id is checked:
 * a plain slug in the content check, Astro's `reference('sources')` in the collection.
 */
function claimSchema<Ref extends z.ZodType>(sourceRef: Ref) {
	return z.strictObject({
		/** Unique in the piece; the ledger entry's anchor is `#claim-<id>`. */
		id: SlugSchema,
		/** The claim as the piece makes it, in the editors' words. */
		text: textSchema(600),
		/** Who makes the claim: "the author", "state TV", "the MEK". */
		assertedBy: textSchema(200),
		/** When the event happened: a day, a month, a year, or a span. */
		date: EventDateOrSpanSchema,
		status: z.enum(CLAIM_STATUSES),
		sources: z.array(sourceRef).default([]),
		/** The editors' note: discrepancies, ranges of estimates and who gives each. */
		note: textSchema(1200).optional(),
		/** Earlier assessments, oldest first; the current one is `status`. */
		history: z.array(ClaimHistoryEntrySchema).default([]),
	});
}

const CorrectionSchema = z.strictObject({
	date: IsoDaySchema,
	text: textSchema(600),
});

const OriginSchema = z.strictObject({
	/** Where the piece first appeared. */
	publisher: textSchema(120),
	/** The original, where it could be found. */
	url: HttpUrlSchema.optional(),
	/** The original headline, where it is known; without it the page says the headline is the editors'. */
	title: textSchema(200).optional(),
	/** The copy the text was taken from, when the original could not be found. */
	copy: z.strictObject({ publisher: textSchema(120), url: HttpUrlSchema }).optional(),
	/** What readers should know about where the text comes from. */
	note: textSchema(600).optional(),
});

/** The identifier of a source: a plain slug, as used by the content check. */
export const SourceIdSchema = z.string().regex(SLUG_PATTERN, { error: 'expected a source id (a file name in content/sources/)' });

/**
 * `content/articles/<year>/<slug>.md` frontmatter. Rules that span several fields (dates in
 * order, unique claim ids, a source for every checked claim, a claim history in order) live here
 * too, so Astro's own validation and our content check refuse the same things.
 */
export function articleSchema<Ref extends z.ZodType>(sourceRef: Ref) {
	return (
		z
			.strictObject({
				title: textSchema(140),
				dek: textSchema(300),
				kind: z.enum(ARTICLE_KINDS),
				authors: z.array(textSchema(120)).default([]),
				published: IsoDaySchema,
				updated: IsoDaySchema.optional(),
				topics: z.array(SlugSchema).min(1, { error: 'needs at least one topic' }),
				lang: LanguageTagSchema.default(DEFAULT_LANGUAGE),
				origin: OriginSchema.optional(),
				draft: z.boolean().default(false),
				claims: z.array(claimSchema(sourceRef)).default([]),
				corrections: z.array(CorrectionSchema).default([]),
				translations: TranslationsSchema.default({}),
			})
			// `when` runs these rules even when a field above is wrong, so one run reports every error.
			// The data may then be only partly valid, hence the defensive reading in articleRuleIssues.
			.superRefine(
				(article, ctx) => {
					for (const issue of articleRuleIssues(article)) ctx.addIssue({ code: 'custom', ...issue });
				},
				{ when: () => true },
			)
	);
}

interface RuleIssue {
	path: (string | number)[];
	message: string;
}
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIsoDay = (value: unknown): value is string => IsoDaySchema.safeParse(value).success;

/** The build's day, `YYYY-MM-DD` in UTC: the same clock that decides which pieces are published yet. */
const buildDay = () => buildDate().toISOString().slice(0, 10);

/**
 * Rules that span several fields: dates in order, unique claim ids and topics, a source for every
 * checked claim, a claim history that tells of real changes in order, no translation into the
 * piece's own language. `today` is the build's day
 * (read when the rules run, so the schema follows the clock the build pinned), past which
 * nothing can have been re-assessed yet.
 */
export function articleRuleIssues(article: unknown, today: string = buildDay()): RuleIssue[] {
	if (!isRecord(article)) return [];
	const issues: RuleIssue[] = [];
	const { published, updated } = article;
	if (isIsoDay(published) && isIsoDay(updated) && updated < published) {
		issues.push({ path: ['updated'], message: `is before published (${published})` });
	}
	if (isIsoDay(updated) && updated > today) issues.push({ path: ['updated'], message: afterToday(updated, today, 'an update is dated the day it was made') });
	const claims = Array.isArray(article.claims) ? article.claims : [];
	const firstIndexOfClaim = new Map<unknown, number>();
	claims.forEach((claim: unknown, index) => {
		if (!isRecord(claim)) return;
		const earlier = firstIndexOfClaim.get(claim.id);
		if (earlier === undefined) firstIndexOfClaim.set(claim.id, index);
		else issues.push({ path: ['claims', index, 'id'], message: `"${String(claim.id)}" is already the id of claims[${earlier}]` });
		const sources = Array.isArray(claim.sources) ? claim.sources : [];
		sources.forEach((source: unknown, sourceIndex) => {
			if (sources.indexOf(source) !== sourceIndex)
				issues.push({ path: ['claims', index, 'sources', sourceIndex], message: `"${String(source)}" is listed twice` });
		});
		if (typeof claim.status === 'string' && claim.status !== 'unverified' && sources.length === 0) {
			issues.push({
				path: ['claims', index, 'sources'],
				message: `a ${claim.status} claim needs at least one source (only an unverified claim may have none)`,
			});
		}
		issues.push(...historyIssues(claim, index, published, today));
	});
	const topics = Array.isArray(article.topics) ? article.topics : [];
	topics.forEach((topic: unknown, index) => {
		if (topics.indexOf(topic) !== index) issues.push({ path: ['topics', index], message: `"${String(topic)}" is listed twice` });
	});
	const corrections = Array.isArray(article.corrections) ? article.corrections : [];
	corrections.forEach((correction: unknown, index) => {
		const date = isRecord(correction) ? correction.date : undefined;
		if (!isIsoDay(date)) return;
		if (isIsoDay(published) && date < published) issues.push({ path: ['corrections', index, 'date'], message: `is before published (${published})` });
		if (date > today) issues.push({ path: ['corrections', index, 'date'], message: afterToday(date, today, 'a correction is dated the day it was made') });
		const previous: unknown = corrections[index - 1];
		if (isRecord(previous) && isIsoDay(previous.date) && date < previous.date) {
			issues.push({ path: ['corrections', index, 'date'], message: 'corrections are listed oldest first, newest last' });
		}
	});
	const { lang, translations } = article;
	if (typeof lang === 'string' && isRecord(translations) && !Array.isArray(translations)) {
		for (const language of Object.keys(translations)) {
			if (sameLanguage(language, lang)) {
				issues.push({
					path: ['translations', language],
					message: `is the language of this piece itself (lang: ${lang}): a piece cannot be its own translation; list only the languages it is translated into`,
				});
			}
		}
	}
	return issues;
}

/**
 * A change dated after the build's day has not happened yet: published as is, it would tell
 * readers (and feed readers, which sort by it) of an update that does not exist.
 */
const afterToday = (date: string, today: string, rule: string) => `is ${date}, after today (${today}, the day of this build): ${rule}`;

/**
 * A claim's history: each entry is a re-assessment on its `date`, made after the piece was
 * published and not after today, listed oldest first, and each changed the status (so an entry's
 * status differs from the next one's, and the last one's from the claim's current status).
 */
function historyIssues(claim: Record<string, unknown>, claimIndex: number, published: unknown, today: string): RuleIssue[] {
	const history = Array.isArray(claim.history) ? claim.history : [];
	const issues: RuleIssue[] = [];
	const path = (entryIndex: number, field: string) => ['claims', claimIndex, 'history', entryIndex, field];
	history.forEach((entry: unknown, entryIndex) => {
		if (!isRecord(entry)) return;
		const { date, status } = entry;
		if (isIsoDay(date)) {
			if (isIsoDay(published) && date < published) {
				issues.push({
					path: path(entryIndex, 'date'),
					message: `is ${date}, before the piece was published (${published}): a claim is re-assessed after the piece makes it`,
				});
			}
			if (date > today) {
				issues.push({ path: path(entryIndex, 'date'), message: afterToday(date, today, 'a re-assessment is dated the day the editors made it') });
			}
			const previous: unknown = history[entryIndex - 1];
			if (isRecord(previous) && isIsoDay(previous.date) && date < previous.date) {
				issues.push({
					path: path(entryIndex, 'date'),
					message: `is ${date}, before the re-assessment above it (history[${entryIndex - 1}], ${previous.date}): list re-assessments oldest first, newest last`,
				});
			}
		}
		if (typeof status !== 'string') return;
		const next: unknown = history[entryIndex + 1];
		const when = isIsoDay(date) ? ` on ${date}` : '';
		if (entryIndex < history.length - 1) {
			if (isRecord(next) && next.status === status) {
				issues.push({
					path: path(entryIndex, 'status'),
					message: `is "${status}", as is the assessment after it (history[${entryIndex + 1}]): the re-assessment${when} changed nothing; delete this entry, moving what its note says into the next one`,
				});
			}
		} else if (claim.status === status) {
			issues.push({
				path: path(entryIndex, 'status'),
				message: `is "${status}", the claim's current status: the re-assessment${when} changed nothing; give the status the claim had before that day, or delete this entry and say what was learnt in the claim's note`,
			});
		}
	});
	return issues;
}

/** The article schema as the content check uses it: sources are plain ids, checked against the files. */
export const ArticleSchema = articleSchema(SourceIdSchema);

export type ArticleFrontmatter = z.output<typeof ArticleSchema>;
export type Claim = ArticleFrontmatter['claims'][number];
export type ClaimHistoryEntry = z.output<typeof ClaimHistoryEntrySchema>;
export type ClaimStatus = Claim['status'];
export type ArticleKind = ArticleFrontmatter['kind'];
/** A piece's translations: language tag → slug of the piece in that language; `{}` when it has none. */
export type ArticleTranslations = ArticleFrontmatter['translations'];
