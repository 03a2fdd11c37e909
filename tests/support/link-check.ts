import { join, relative } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { type BuiltSite, fileAt, htmlPages, pageUrl, parsePage } from './site-files.ts';

/**
 * What a page does with an address: a link is only followed when a reader chooses to; a resource
 * the browser fetches by itself as the page loads; a form sends what the reader typed to it.
 * Only links may point to another site: the site promises that no page asks another server for
 * anything, and a reader's search must not leave it either.
 */
export type ReferenceKind = 'link' | 'resource' | 'form';

/** One address written in a page. */
export interface Reference {
	tagName: string;
	attribute: string;
	/** One address; a `srcset` gives one reference per candidate. */
	value: string;
	kind: ReferenceKind;
	/** Where the element starts in the page, for reports. */
	line: number;
	column: number;
	/** The element's rel and referrerpolicy: what a link to another site must carry, and which link is canonical. */
	rel: string[];
	referrerPolicy: string | undefined;
}

/** `<link rel>` values that make the browser contact the address without a reader's click. */
const FETCHED_LINK_RELS = new Set([
	'stylesheet',
	'icon',
	'apple-touch-icon',
	'mask-icon',
	'manifest',
	'preload',
	'modulepreload',
	'prefetch',
	'preconnect',
	'dns-prefetch',
]);

/** Link previews fetch these from the page's own site: they must exist like any other link. */
const PREVIEW_META = new Set(['og:url', 'og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image']);

/** The attributes (as hast names them) that hold an address, and what the page does with it. */
const ADDRESS_ATTRIBUTES: { attribute: string; property: string; kind: (element: Element) => ReferenceKind }[] = [
	{ attribute: 'href', property: 'href', kind: (element) => (isFetchedLink(element) ? 'resource' : 'link') },
	{ attribute: 'src', property: 'src', kind: () => 'resource' },
	{ attribute: 'srcset', property: 'srcSet', kind: () => 'resource' },
	{ attribute: 'poster', property: 'poster', kind: () => 'resource' },
	{ attribute: 'data', property: 'data', kind: () => 'resource' },
	{ attribute: 'action', property: 'action', kind: () => 'form' },
	{ attribute: 'formaction', property: 'formAction', kind: () => 'form' },
];

function isFetchedLink(element: Element): boolean {
	return element.tagName === 'link' && relOf(element).some((rel) => FETCHED_LINK_RELS.has(rel));
}

function relOf(element: Element): string[] {
	const rel = element.properties.rel;
	return Array.isArray(rel) ? rel.map(String) : [];
}

/** The addresses of a `srcset`: each candidate is an address, then descriptors, up to a comma. */
export function srcsetAddresses(srcset: string): string[] {
	const addresses: string[] = [];
	let rest = srcset;
	for (;;) {
		rest = rest.replace(/^[\s,]+/, '');
		const address = /^\S+/.exec(rest)?.[0];
		if (!address) return addresses;
		rest = rest.slice(address.length);
		// An address may hold commas, but one at its end separates it from the next candidate.
		if (address.endsWith(',')) {
			addresses.push(address.replace(/,+$/, ''));
			continue;
		}
		addresses.push(address);
		rest = rest.replace(/^[^,]*/, '');
	}
}

function addressesOf(property: string, value: unknown): string[] {
	if (typeof value !== 'string') return [];
	return property === 'srcSet' ? srcsetAddresses(value) : [value];
}

function previewMetaAddress(element: Element): string | undefined {
	if (element.tagName !== 'meta') return undefined;
	const name = String(element.properties.property ?? element.properties.name ?? '');
	return PREVIEW_META.has(name) && typeof element.properties.content === 'string' ? element.properties.content : undefined;
}

/** Every address a parsed page holds, template contents included. */
export function referencesIn(tree: Root): Reference[] {
	const references: Reference[] = [];
	const collect = (element: Element) => {
		const base = {
			tagName: element.tagName,
			line: element.position?.start.line ?? 0,
			column: element.position?.start.column ?? 0,
			rel: relOf(element),
			referrerPolicy: typeof element.properties.referrerPolicy === 'string' ? element.properties.referrerPolicy : undefined,
		};
		for (const { attribute, property, kind } of ADDRESS_ATTRIBUTES) {
			for (const value of addressesOf(property, element.properties[property])) references.push({ ...base, attribute, value, kind: kind(element) });
		}
		const preview = previewMetaAddress(element);
		if (preview !== undefined) references.push({ ...base, attribute: 'content', value: preview, kind: 'link' });
	};
	visit(tree, 'element', (element: Element) => {
		collect(element);
		if (element.tagName === 'template' && element.content) visit(element.content, 'element', collect);
	});
	return references;
}

/** Every id in a page: what a `#fragment` of an address can name. */
export function idsIn(tree: Root): Set<string> {
	const ids = new Set<string>();
	visit(tree, 'element', (element: Element) => {
		if (typeof element.properties.id === 'string') ids.add(element.properties.id);
	});
	return ids;
}

function isPathRelative(value: string): boolean {
	const trimmed = value.trim();
	return trimmed !== '' && !trimmed.startsWith('/') && !trimmed.startsWith('#') && !/^[a-z][a-z\d+.-]*:/i.test(trimmed);
}

function decoded(text: string): string | undefined {
	try {
		return decodeURIComponent(text);
	} catch {
		return undefined;
	}
}

/** The result of checking every page of one build. */
export interface LinkReport {
	pages: number;
	/** `real/about/index.html:1:2300 <a href="/nowhere/"> names no file of the build` */
	failures: string[];
	/** How many addresses led to a file of the build (and its #fragment), as they should. */
	internal: number;
	/** Every link to another site, each once. */
	external: Set<string>;
}

/** Where one address leads, and what is wrong with it, if anything. */
interface Verdict {
	/** A file of this build, another site (at that address), a mail program, or nothing a browser can follow. */
	leadsTo: 'this site' | { elsewhere: string } | 'mail' | 'nowhere';
	problem?: string | undefined;
}

/**
 * Follows every address of every page of a build as a reader's browser would, from the page's
 * published address, and reports each that does not arrive: a scheme other than http(s) (mailto
 * only for a link), a resource or form on another site, an address that leaves the base path, a
 * file the build lacks, a `#fragment` that is no id of its page.
 */
export function checkLinks(site: BuiltSite): LinkReport {
	const pages = htmlPages(site.dir);
	const trees = new Map<string, Root>(pages.map((page) => [join(site.dir, page), parsePage(join(site.dir, page))]));
	const idCache = new Map<string, Set<string>>();
	const idsOf = (file: string) => {
		if (!idCache.has(file)) idCache.set(file, idsIn(trees.get(file) ?? parsePage(file)));
		return idCache.get(file)!;
	};
	const report: LinkReport = { pages: pages.length, failures: [], internal: 0, external: new Set() };
	for (const page of pages) {
		for (const reference of referencesIn(trees.get(join(site.dir, page))!)) {
			const { leadsTo, problem } = verdictOn(site, page, reference, idsOf);
			if (problem)
				report.failures.push(
					`${site.name}/${page}:${reference.line}:${reference.column} <${reference.tagName} ${reference.attribute}="${reference.value}"> ${problem}`,
				);
			if (typeof leadsTo === 'object') report.external.add(leadsTo.elsewhere);
			else if (leadsTo === 'this site' && !problem) report.internal += 1;
		}
	}
	return report;
}

function verdictOn(site: BuiltSite, page: string, reference: Reference, idsOf: (file: string) => Set<string>): Verdict {
	let url: URL;
	try {
		url = new URL(reference.value, pageUrl(site, page));
	} catch {
		return { leadsTo: 'nowhere', problem: 'is not a valid address' };
	}
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		// mailto: is deliberate, for links only: the share bar's Email link and addresses in a piece's text.
		if (url.protocol === 'mailto:' && reference.attribute === 'href') return { leadsTo: 'mail' };
		return { leadsTo: 'nowhere', problem: `uses the ${url.protocol} scheme; only http and https are allowed` };
	}
	if (url.origin !== site.origin) return { leadsTo: { elsewhere: url.href }, problem: externalProblem(reference, url) };
	return { leadsTo: 'this site', problem: internalProblem(site, page, reference, url, idsOf) };
}

function externalProblem(reference: Reference, url: URL): string | undefined {
	if (reference.kind === 'resource') return `is fetched from another origin (${url.origin}); pages load nothing from another server`;
	if (reference.kind === 'form') return `sends the form to another origin (${url.origin})`;
	// src/lib/urls.ts EXTERNAL_LINK: a source must never learn which piece sent a reader.
	if (reference.tagName === 'a' && !(reference.rel.includes('noreferrer') && reference.referrerPolicy === 'no-referrer')) {
		return 'links to another site without rel="noreferrer" and referrerpolicy="no-referrer"';
	}
	return undefined;
}

function internalProblem(site: BuiltSite, page: string, reference: Reference, url: URL, idsOf: (file: string) => Set<string>): string | undefined {
	// The 404 page is served at every missing address, so an address relative to its own breaks.
	if (page === '404.html' && isPathRelative(reference.value)) return 'is relative, but the 404 page is served at any address';
	if (!url.pathname.startsWith(site.base)) return `leaves the site's base path ${site.base}`;
	const path = decoded(url.pathname.slice(site.base.length));
	if (path === undefined) return 'has a malformed percent-encoding';
	const file = fileAt(site, path);
	if (!file) return 'names no file of the build';
	const problem = fragmentProblem(reference, url, file, idsOf);
	return problem && `${problem} of ${relative(site.dir, file)}`;
}

/** A `#fragment` must be an id of the page it points to; a bare `#` points to nothing. */
function fragmentProblem(reference: Reference, url: URL, file: string, idsOf: (file: string) => Set<string>): string | undefined {
	if (!file.endsWith('.html')) return undefined;
	if (url.hash === '') return reference.value.trim().endsWith('#') && reference.attribute === 'href' ? 'is a bare "#", which names no element' : undefined;
	const id = decoded(url.hash.slice(1));
	if (id === undefined) return 'has a malformed percent-encoding in its fragment';
	return idsOf(file).has(id) ? undefined : `names #${id}, which is no id`;
}
