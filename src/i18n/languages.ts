/** The languages the site's own words (its interface) are written in. English is the site's first. */
export const UI_LANGUAGES = ['en', 'fa'] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];

/** The interface a piece in `lang` is read in: its own language where the site speaks it, else English. */
export function uiLanguageFor(lang: string): UiLanguage {
	const primary = lang.split('-')[0]?.toLowerCase();
	return UI_LANGUAGES.find((ui) => ui === primary) ?? 'en';
}
