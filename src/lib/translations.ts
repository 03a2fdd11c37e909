import type { ArticleTranslations } from '../schemas/article.ts';

/** One language's version of a piece: its language tag and its slug. */
export interface PieceVersion {
	lang: string;
	slug: string;
}

/**
 * Every version of a piece: itself and its translations, in the order of their language tags.
 * The content check has made sure each translation exists, is in its language, is published
 * and names this piece back (src/content-check/translations.ts); none when it has no translation.
 */
export function pieceVersions(slug: string, data: { lang: string; translations: ArticleTranslations }): PieceVersion[] {
	const others = Object.entries(data.translations);
	if (others.length === 0) return [];
	return [{ lang: data.lang, slug }, ...others.map(([lang, version]) => ({ lang, slug: version }))].sort((a, b) => a.lang.localeCompare(b.lang));
}

/** A language's name in that language: `English`, `فارسی`. */
export function languageName(lang: string): string {
	return new Intl.DisplayNames([lang], { type: 'language' }).of(lang) ?? lang;
}
