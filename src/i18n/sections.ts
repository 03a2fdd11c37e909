import { type ArticleEntry, getPublishedArticles } from '../lib/articles.ts';
import { perList } from '../lib/per-list.ts';
import { type UiLanguage, uiLanguageFor } from './languages.ts';

/**
 * The published pieces of each section, English first with every piece, then each other language
 * in the order its first piece comes. Every page's header asks for the sections.
 */
const sectionsOf = perList((articles: ArticleEntry[]) => {
	const found = new Map<UiLanguage, ArticleEntry[]>([['en', articles]]);
	for (const article of articles) {
		const lang = uiLanguageFor(article.data.lang);
		if (lang === 'en') continue;
		const pieces = found.get(lang) ?? [];
		pieces.push(article);
		found.set(lang, pieces);
	}
	return found;
});
const sections = async () => sectionsOf(await getPublishedArticles());

/**
 * The languages with a section of their own: English always, another once a published piece is
 * in it (nothing under `/fa/` is built before).
 */
export async function sectionLanguages(): Promise<UiLanguage[]> {
	return [...(await sections()).keys()];
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
	return (await sections()).get(lang) ?? [];
}
