import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isReservedAnchor } from './reserved-anchors.ts';

export const HEADING_RULES = { reservedAnchor: 'heading-anchor-reserved', headline: 'heading-level-one' } as const;

/**
 * Runs after Astro's own `rehypeHeadingIds`, so the ids it checks are the ids readers get.
 * A heading whose id is one the page already uses (`sources`, `claim-…`) would send shared
 * links to the wrong place; a level-one heading would compete with the headline.
 */
export const rehypeHeadingPolicy: Plugin<[], Root> = () => (tree, file) => {
	visit(tree, 'element', (element) => {
		if (!/^h[1-6]$/.test(element.tagName)) return;
		const text = toString(element).trim();
		if (element.tagName === 'h1') {
			file.message(`the heading "${text}" is a level-one heading, which only the headline may be: start it with ## instead of #`, {
				place: element.position,
				ruleId: HEADING_RULES.headline,
				source: 'rehype-heading-policy',
			});
		}
		const id = element.properties.id;
		if (typeof id === 'string' && isReservedAnchor(id)) {
			file.message(`the heading "${text}" would get the id "${id}", which the page already uses: reword the heading`, {
				place: element.position,
				ruleId: HEADING_RULES.reservedAnchor,
				source: 'rehype-heading-policy',
			});
		}
	});
};
