import { textDirection } from '../lib/text-direction.ts';
import { en, type Dictionary, type Plural } from './en.ts';
import { fa } from './fa.ts';
import type { UiLanguage } from './languages.ts';

const DICTIONARIES: Record<UiLanguage, Dictionary> = { en, fa };

/** The interface of one page: its words, and how it writes numbers, counts and lists. */
export interface Ui {
	lang: UiLanguage;
	dir: 'ltr' | 'rtl';
	t: Dictionary;
	/**
	 * Set on each block of the interface's words, so that they keep their language and direction
	 * inside a piece in another (an English label in a Persian piece's page, or the reverse).
	 */
	attrs: Readonly<{ lang: UiLanguage; dir: 'ltr' | 'rtl' }>;
	/** Set on words the site has in English only (a topic's name), where the interface is in another language. */
	englishOnly: Readonly<{ lang?: 'en'; dir?: 'ltr' }>;
	/** 2024 → `2024`, or `۲۰۲۴` in Persian: no grouping, since years are numbers too. */
	number(value: number): string;
	/** A count in words: `{ one: '{n} piece', other: '{n} pieces' }` → `3 pieces`. */
	count(value: number, forms: Plural): string;
	/** `{name}` filled in: `fill('Claim {n}', { n: 3 })`; numbers in the language's digits. */
	fill(template: string, values: Record<string, string | number>): string;
	/** `A, B and C`. */
	list(items: readonly string[]): string;
}

const interfaces = new Map<UiLanguage, Ui>();

export function uiFor(lang: UiLanguage): Ui {
	const known = interfaces.get(lang);
	if (known) return known;
	const t = DICTIONARIES[lang];
	const numbers = new Intl.NumberFormat(t.locale, { useGrouping: false });
	const plurals = new Intl.PluralRules(t.locale);
	const lists = new Intl.ListFormat(t.locale, { type: 'conjunction' });
	const number = (value: number) => numbers.format(value);
	const fill = (template: string, values: Record<string, string | number>) =>
		template.replace(/\{(\w+)\}/g, (whole, key: string) => {
			const value = values[key];
			return value === undefined ? whole : typeof value === 'number' ? number(value) : value;
		});
	const dir = textDirection(lang);
	const ui: Ui = {
		lang,
		dir,
		t,
		// Frozen: Astro's attribute spread adds a scoped `class` to the object it spreads when the element
		// has none of its own, and a shared object would then carry that class onto every later element.
		attrs: Object.freeze({ lang, dir }),
		englishOnly: Object.freeze(lang === 'en' ? {} : { lang: 'en', dir: 'ltr' }),
		number,
		count: (value, forms) => fill(plurals.select(value) === 'one' ? forms.one : forms.other, { n: value }),
		fill,
		list: (items) => lists.format(items),
	};
	interfaces.set(lang, ui);
	return ui;
}
