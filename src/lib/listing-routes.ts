import type { PaginateFunction } from 'astro';
import type { UiLanguage } from '../i18n/languages.ts';
import { otherSections, sectionPieces } from '../i18n/sections.ts';
import { PAGE_SIZE, piecesByTopic, piecesByYear } from './listing.ts';
import { withListingKey } from './page-cache-keys.ts';

/**
 * The pages of a section's listings, for the routes of each language: English at the root,
 * another language under its own `section` (src/pages/[section]/).
 */
function sectionParams(lang: UiLanguage): { section?: string } {
	return lang === 'en' ? {} : { section: lang };
}

export async function archivePages(paginate: PaginateFunction, lang: UiLanguage) {
	return withListingKey(paginate(await sectionPieces(lang), { pageSize: PAGE_SIZE, params: sectionParams(lang) }));
}

export async function yearPages(paginate: PaginateFunction, lang: UiLanguage) {
	const years = piecesByYear(await sectionPieces(lang));
	return withListingKey([...years].flatMap(([year, articles]) => paginate(articles, { pageSize: PAGE_SIZE, params: { ...sectionParams(lang), year } })));
}

export async function topicPages(paginate: PaginateFunction, lang: UiLanguage) {
	const topics = piecesByTopic(await sectionPieces(lang));
	return withListingKey([...topics].flatMap(([topic, articles]) => paginate(articles, { pageSize: PAGE_SIZE, params: { ...sectionParams(lang), topic } })));
}

/** A listing's pages in every section but the English one (src/pages/[section]/), once it has pieces. */
export async function otherSectionPages<Route>(pages: (lang: UiLanguage) => Promise<Route[]>): Promise<Route[]> {
	return (await Promise.all((await otherSections()).map(({ params }) => pages(params.section)))).flat();
}
