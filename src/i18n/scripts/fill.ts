import type { Plural } from '../en.ts';

/** `{name}` filled in, numbers in the locale's digits: `fill('Claim {n}', { n: 3 }, 'fa-IR')` → `ادعای ۳`-style text. */
export function fill(template: string, values: Record<string, string | number>, locale: string): string {
	const numbers = new Intl.NumberFormat(locale, { useGrouping: false });
	return template.replace(/\{(\w+)\}/g, (whole, key: string) => {
		const value = values[key];
		return value === undefined ? whole : typeof value === 'number' ? numbers.format(value) : value;
	});
}

/** A count in words, by the locale's plural rules. */
export function count(value: number, forms: Plural, locale: string): string {
	return fill(new Intl.PluralRules(locale).select(value) === 'one' ? forms.one : forms.other, { n: value }, locale);
}
