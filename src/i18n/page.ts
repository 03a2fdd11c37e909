import type { UiLanguage } from './languages.ts';
import { type Ui, uiFor } from './ui.ts';

interface WithLocals {
	locals: App.Locals;
}

/**
 * Sets the interface a page is rendered in, for every component on it: the page's frontmatter
 * runs before any of them. A page that sets none is in English.
 */
export function setPageUi(astro: WithLocals, lang: UiLanguage): Ui {
	astro.locals.ui = uiFor(lang);
	return astro.locals.ui;
}

/** The interface of the page being rendered (in a component: `pageUi(Astro)`). */
export function pageUi(astro: WithLocals): Ui {
	return astro.locals.ui ?? uiFor('en');
}
