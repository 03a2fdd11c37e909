import { join } from 'node:path';
import { TO_FILL } from '../authoring/templates.ts';
import { closestName } from '../lib/closest-name.ts';
import { SLUG_PATTERN } from '../schemas/common.ts';
import type { ContentError } from './content-error.ts';
import type { ContentFile, ContentFiles } from './read-files.ts';
import { translationErrors } from './translations.ts';
import type { ValidatedArticle, ValidatedSource } from './validate-frontmatter.ts';

/** What an id is called in errors, and what to do when one is wrong. */
const ID_RULES = {
	source: {
		invalid: (id: string) => ({ message: `"${id}" is not a valid source id`, hint: 'name the file with lower-case letters, digits and single hyphens' }),
		taken: (id: string, first: string) => ({
			message: `the source id "${id}" is already used by ${first}`,
			hint: 'a source id is its file name, and must be unique across all folders of content/sources/',
		}),
	},
	article: {
		invalid: (slug: string) => ({
			message: `"${slug}" is not a valid slug`,
			hint: 'the file name is the address of the piece: use lower-case letters, digits and single hyphens',
		}),
		taken: (slug: string, first: string) => ({
			message: `the slug "${slug}" is already used by ${first}`,
			hint: 'two pieces cannot share an address: rename one of the files',
		}),
	},
};

/**
 * A file's name is its id: a source's, which the ledgers cite, or a piece's slug, its address.
 * Each must be a slug, and unique among the files of its kind. Needing only the names, this
 * runs before any file is read.
 */
export function checkFileIds(content: ContentFiles): void {
	checkIds(content.sources.files, ID_RULES.source);
	checkIds(content.articles.files, ID_RULES.article);
}

function checkIds(files: readonly ContentFile[], rules: (typeof ID_RULES)[keyof typeof ID_RULES]): void {
	// Names are compared without case: `Foo` and `foo` collide on case-insensitive file systems and in readers' minds.
	const firstFileOf = new Map<string, string>();
	for (const { id, file, problems, stopped } of files) {
		if (stopped) continue;
		if (!SLUG_PATTERN.test(id)) problems.push({ file, ...rules.invalid(id) });
		const key = id.toLowerCase();
		const first = firstFileOf.get(key);
		if (first) problems.push({ file, ...rules.taken(id, first) });
		else firstFileOf.set(key, file);
	}
}

/**
 * What the pieces and the sources say of each other: every source a claim cites exists; nothing
 * a published piece shows still has template text; the translations of a piece and it name each
 * other (translations.ts); and, as warnings, the sources no piece cites.
 */
export function crossCheck(
	content: ContentFiles,
	sources: readonly ValidatedSource[],
	articles: readonly ValidatedArticle[],
): { errors: ContentError[]; warnings: ContentError[] } {
	// A source id used twice is reported as such; the cross-checks read the last file with it.
	const sourceById = new Map(sources.map((source) => [source.id, source]));
	return {
		errors: [
			...missingSources(content, new Set(sourceById.keys()), articles),
			...templateText(sourceById, articles),
			...translationErrors(
				content.articles.files.map((file) => file.id),
				articles,
				content.display(content.articlesDir),
			),
		],
		warnings: uncitedSources(sourceById, articles),
	};
}

function missingSources(content: ContentFiles, sourceIds: ReadonlySet<string>, articles: readonly ValidatedArticle[]): ContentError[] {
	return articles.flatMap((article) =>
		article.ledger.flatMap((claim, claimIndex) =>
			claim.sources.flatMap((sourceId, sourceIndex): ContentError[] => {
				if (sourceIds.has(sourceId)) return [];
				return [
					{
						file: article.file,
						line: article.yaml.lineOf(['claims', claimIndex, 'sources', sourceIndex]),
						field: `claims[${claimIndex}].sources[${sourceIndex}]`,
						message: `names the source "${sourceId}", which does not exist${suggestion(closestName(sourceId, sourceIds, 3))}`,
						hint: `add ${content.display(join(content.sourcesDir, `${sourceId}.yaml`))} or correct the id`,
					},
				];
			}),
		),
	);
}

const suggestion = (name: string | undefined) => (name ? `; did you mean "${name}"?` : '');

/** What `npm run new` leaves for the editor to write must be written before anything is published. */
function templateText(sourceById: ReadonlyMap<string, ValidatedSource>, articles: readonly ValidatedArticle[]): ContentError[] {
	const published = articles.filter((article) => article.published);
	const citedByPublished = new Set(published.flatMap((article) => article.ledger.flatMap((claim) => claim.sources)));
	const unfilled = [
		...published.map(({ file, text }) => ({ file, text, whose: 'a published piece' })),
		...[...citedByPublished].flatMap((id) => {
			const source = sourceById.get(id);
			return source ? [{ file: source.file, text: source.text, whose: 'a source of a published piece' }] : [];
		}),
	];
	return unfilled.flatMap(({ file, text, whose }) =>
		text.split(/\r?\n/).flatMap((line, index): ContentError[] =>
			line.includes(TO_FILL)
				? [
						{
							file,
							line: index + 1,
							message: `${whose} still has template text: ${line.trim().slice(0, 80)}`,
							hint: `write what the ${TO_FILL} line asks for, or set draft: true until it is written`,
						},
					]
				: [],
		),
	);
}

/**
 * Sources no piece cites, drafts included. They are not wrong (a source may be written before
 * the claim that will cite it), but no page shows them, and most often the id in the ledger was
 * mistyped or the claim that cited it was deleted: the editor should hear of it.
 */
function uncitedSources(sourceById: ReadonlyMap<string, ValidatedSource>, articles: readonly ValidatedArticle[]): ContentError[] {
	const cited = new Set(articles.flatMap((article) => article.ledger.flatMap((claim) => claim.sources)));
	return [...sourceById]
		.filter(([id]) => !cited.has(id))
		.map(([id, { file }]) => ({
			file,
			message: `no piece cites the source "${id}", so it is published nowhere`,
			hint: `cite it in a claim's sources ([${id}]), or delete the file if it is no longer needed`,
		}));
}
