/** Languages written right to left, by their primary subtag. */
const RTL_LANGUAGES = new Set(['ar', 'fa', 'he', 'ps', 'ur', 'ckb', 'yi']);

/** `rtl` for Persian, Arabic, Hebrew…; `ltr` otherwise. */
export function textDirection(lang: string): 'rtl' | 'ltr' {
	return RTL_LANGUAGES.has(lang.split('-')[0]?.toLowerCase() ?? '') ? 'rtl' : 'ltr';
}
