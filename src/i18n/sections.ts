import { type ArticleEntry, getPublishedArticles } from '../lib/articles.ts';
import { type UiLanguage, uiLanguageFor } from './languages.ts';

/**
 * The languages with a section of their own: English always, another once a published piece is
 * in it (nothing under `/fa/` is built before).
 */
export async function sectionLanguages(): Promise<UiLanguage[]> {
	const articles = await getPublishedArticles();
	let languages = languagesOfPieces.get(articles);
	if (!languages) {
		const found = new Set<UiLanguage>(['en']);
		for (const article of articles) found.add(uiLanguageFor(article.data.lang));
		languages = [...found];
		languagesOfPieces.set(articles, languages);
	}
	return languages;
}

/**
 * Every page's header asks for the sections, and a section for its pieces: both are found once
 * per list of published pieces (one a build; read afresh in `astro dev`), not once a page.
 */
const languagesOfPieces = new WeakMap<ArticleEntry[], UiLanguage[]>();
const piecesOfSections = new WeakMap<ArticleEntry[], Map<UiLanguage, ArticleEntry[]>>();

/** The routes of the sections other than English: `{ params: { section: 'fa' } }`, once there are Persian pieces. */
export async function otherSections(): Promise<{ params: { section: Exclude<UiLanguage, 'en'> } }[]> {
	return (await sectionLanguages()).filter((lang) => lang !== 'en').map((section) => ({ params: { section } }));
}

/** The language of a section's route, from its `section` parameter. */
export function sectionOf(params: Record<string, string | undefined>): UiLanguage {
	return uiLanguageFor(params.section ?? 'en');
}

/** The pieces a section lists: every published piece in English, the pieces in its language in another. */
export async function sectionPieces(lang: UiLanguage): Promise<ArticleEntry[]> {
	const articles = await getPublishedArticles();
	if (lang === 'en') return articles;
	const sections = piecesOfSections.get(articles) ?? new Map<UiLanguage, ArticleEntry[]>();
	piecesOfSections.set(articles, sections);
	let pieces = sections.get(lang);
	if (!pieces) {
		pieces = articles.filter((article) => uiLanguageFor(article.data.lang) === lang);
		sections.set(lang, pieces);
	}
	return pieces;
}
