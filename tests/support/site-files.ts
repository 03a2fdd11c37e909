import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';

/**
 * A built site as a reader reaches it: the directory Astro wrote, the origin it is published at
 * (its SITE_URL) and the sub-path it is published under (its BASE_PATH).
 */
export interface BuiltSite {
	/** A short name for reports: `real`, `search`, `mirror`. */
	name: string;
	dir: string;
	/** `https://dossier.example` */
	origin: string;
	/** `/`, or `/mirror/sub/` for a mirror. */
	base: string;
}

/** Every HTML page of a build, as paths inside it (`index.html`, `about/index.html`), sorted. */
export function htmlPages(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((file) => file.endsWith('.html'))
		.map((file) => file.split(sep).join('/'))
		.sort();
}

/** Where a page is served inside the site: `about/index.html` → `about/`, `404.html` → `404.html`. */
export function servedPath(page: string): string {
	return page === 'index.html' || page.endsWith('/index.html') ? page.slice(0, -'index.html'.length) : page;
}

/** The address a page is published at: `https://mirror.example/mirror/sub/about/`. */
export function pageUrl(site: BuiltSite, page: string): URL {
	return new URL(`${site.base}${servedPath(page)}`, site.origin);
}

/**
 * The file a path inside the site names, as a static host finds it (`dir/` → `dir/index.html`),
 * or undefined when there is none. `path` is decoded and relative to the base: `about/`.
 */
export function fileAt(site: BuiltSite, path: string): string | undefined {
	const candidate = normalize(join(site.dir, path));
	if (candidate !== site.dir && !candidate.startsWith(site.dir + sep)) return undefined;
	if (!existsSync(candidate)) return undefined;
	if (!statSync(candidate).isDirectory()) return candidate;
	const index = join(candidate, 'index.html');
	return existsSync(index) ? index : undefined;
}

/** A page parsed as a browser parses it, with the line and column of every element. */
export function parsePage(file: string): Root {
	return fromHtml(readFileSync(file, 'utf8'));
}
