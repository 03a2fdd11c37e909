import { fill } from '../i18n/scripts/fill.ts';
import { searchPageWords } from './search-words.ts';
import type { PagefindFilters } from './pagefind-api.ts';
import { FILTER_KEYS, type SearchState } from './search-state.ts';

/**
 * The search page's filters: a fieldset of checkboxes for each filter the index has, and the
 * checked ones read back as the search's state.
 */

const words = searchPageWords();
const FILTER_LABELS: Record<(typeof FILTER_KEYS)[number], string> = words.filterLabels;

/** One fieldset of checkboxes for each filter, with the values the index holds (years newest first). */
export function filterFieldsets(available: Record<string, Record<string, number>>): HTMLFieldSetElement[] {
	return FILTER_KEYS.filter((key) => Object.keys(available[key] ?? {}).length > 0).map((key) => {
		const fieldset = document.createElement('fieldset');
		const legend = document.createElement('legend');
		legend.textContent = FILTER_LABELS[key];
		fieldset.append(legend);
		const values = Object.entries(available[key] ?? {}).sort(([a], [b]) => (key === 'year' ? b.localeCompare(a) : a.localeCompare(b)));
		for (const [value, count] of values) {
			const label = document.createElement('label');
			const box = document.createElement('input');
			box.type = 'checkbox';
			box.name = key;
			box.value = value;
			label.append(box, ` ${words.filterValues[value] ?? value} (${fill('{n}', { n: count }, words.locale)})`);
			fieldset.append(label);
		}
		return fieldset;
	});
}

/** The filters checked in `box`. */
export function checkedFilters(box: HTMLElement): SearchState['filters'] {
	const filters: SearchState['filters'] = {};
	for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]:checked')) (filters[checkbox.name] ??= []).push(checkbox.value);
	return filters;
}

/** Checks the boxes of `filters` in `box`, and unchecks the others. */
export function checkFilters(box: HTMLElement, filters: SearchState['filters']): void {
	for (const checkbox of box.querySelectorAll<HTMLInputElement>('input[type="checkbox"]'))
		checkbox.checked = filters[checkbox.name]?.includes(checkbox.value) ?? false;
}

/** The state's filters as Pagefind takes them: a piece matches any value of a filter, and every filter. */
export function pagefindFilters(filters: SearchState['filters']): PagefindFilters {
	return Object.fromEntries(Object.entries(filters).map(([key, values]) => [key, { any: values }]));
}
