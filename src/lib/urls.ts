import type { UiLanguage } from '../i18n/languages.ts';

/**
 * Every internal address goes through here, so the site works under any BASE_PATH (a mirror
 * under /any/sub/ as well as the main site at /).
 */
const base = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `sitePath('about/')` → `/about/`, or `/mirror/about/` under BASE_PATH=/mirror/. */
export function sitePath(path = ''): string {
	return `${base}${path.replace(/^\/+/, '')}`;
}

/** Where a language's section of the site starts: `/` for English, `/fa/` for Persian; `path` within it. */
export function sectionPath(lang: UiLanguage, path = ''): string {
	return sitePath(lang === 'en' ? path : `${lang}/${path.replace(/^\/+/, '')}`);
}

export function articlePath(slug: string): string {
	return sitePath(`articles/${slug}/`);
}

/** The absolute address of a path of ours, for canonical links and structured data. */
export function absoluteUrl(path: string, site: URL | undefined): string {
	if (!site) throw new Error('`site` is not set: astro.config.ts reads it from SITE_URL');
	return new URL(path, site).href;
}

/**
 * Attributes of every link to another site. Sources may be run by the state a piece is about:
 * they never learn which piece sent a reader.
 */
export const EXTERNAL_LINK = { rel: 'noopener noreferrer', referrerpolicy: 'no-referrer' } as const;

/** A piece's preview image for links shared in chats and social networks. */
export function articleOgImagePath(slug: string): string {
	return sitePath(`articles/${slug}/og.png`);
}

/** `/topics/human-rights/`; `/topics/` with no topic; `/fa/topics/…` in the Persian section. */
export function topicPath(topic?: string, lang: UiLanguage = 'en'): string {
	return sectionPath(lang, topic ? `topics/${topic}/` : 'topics/');
}

/** `/archive/2022/`; `/archive/` with no year; `/fa/archive/…` in the Persian section. */
export function archivePath(year?: string, lang: UiLanguage = 'en'): string {
	return sectionPath(lang, year ? `archive/${year}/` : 'archive/');
}

export function sourcesPath(): string {
	return sitePath('sources/');
}

/** `/articles/<slug>/claims/<id>/`: one claim on a page of its own, the address a reader shares for it. */
export function claimPath(slug: string, claimId: string): string {
	return sitePath(`articles/${slug}/claims/${claimId}/`);
}

/** A claim's preview image for links shared in chats and social networks. */
export function claimOgImagePath(slug: string, claimId: string): string {
	return sitePath(`articles/${slug}/claims/${claimId}/og.png`);
}

/** `/claims/` every claim; `/claims/disputed/` one status; page 2 and on under `…/2/`. */
export function claimsIndexPath(status?: string, page = 1): string {
	return sitePath(`claims/${status ? `${status}/` : ''}${page > 1 ? `${page}/` : ''}`);
}

/** The definition of a claim status on the methodology page: `status-disputed`. */
export function statusAnchor(status: string): string {
	return `status-${status}`;
}

/** `/methodology/#status-disputed`: what a status means, in a section's methodology. */
export function statusDefinitionPath(status: string, lang: UiLanguage = 'en'): string {
	return `${sectionPath(lang, 'methodology/')}#${statusAnchor(status)}`;
}
