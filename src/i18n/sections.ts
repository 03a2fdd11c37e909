import { type ArticleEntry, getPublishedArticles } from '../lib/articles.ts';
import { type UiLanguage, uiLanguageFor } from './languages.ts';

/**
 * The languages with a section of their own: English always, another once a published piece is
 * in it (nothing under `/fa/` is built before).
 */
export async function sectionLanguages(): Promise<UiLanguage[]> {
	const languages = new Set<UiLanguage>(['en']);
	for (const article of await getPublishedArticles()) languages.add(uiLanguageFor(article.data.lang));
	return [...languages];
}

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
	return lang === 'en' ? articles : articles.filter((article) => uiLanguageFor(article.data.lang) === lang);
}
