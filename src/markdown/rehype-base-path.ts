import type { Root } from 'hast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';

/** Attributes that hold an address in the body's HTML. */
const URL_PROPERTIES = ['href', 'src'];

/**
 * Puts the site's base path in front of addresses written from the site's root, so that
 * `[an earlier piece](/articles/x/)` still leads there on a mirror under `/any/sub/`. Astro does
 * this for its own links but not for Markdown. `//host/…` is another server, and is left alone.
 */
export const rehypeBasePath: Plugin<[base: string], Root> = (base) => {
	const prefix = base.replace(/\/+$/, '');
	return (tree) => {
		if (!prefix) return;
		visit(tree, 'element', (element) => {
			for (const name of URL_PROPERTIES) {
				const value = element.properties[name];
				if (typeof value === 'string' && /^\/(?!\/)/.test(value)) element.properties[name] = `${prefix}${value}`;
			}
		});
	};
};
