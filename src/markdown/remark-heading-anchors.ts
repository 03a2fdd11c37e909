import GithubSlugger from 'github-slugger';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { isReservedAnchor } from './reserved-anchors.ts';

/**
 * Astro gives each heading an id from its text (github-slugger). A heading whose id is one the
 * site uses (`sources`, `claim-…`) would make shared links land in the wrong place, so it is
 * reported with its line.
 */
export const remarkHeadingAnchors: Plugin<[], Root> = () => (tree, file) => {
	const slugger = new GithubSlugger();
	visit(tree, 'heading', (heading) => {
		const id = slugger.slug(toString(heading));
		if (isReservedAnchor(id)) {
			file.message(`the heading "${toString(heading)}" would get the id "${id}", which the page already uses: reword the heading`, {
				place: heading.position,
				ruleId: 'heading-anchor-reserved',
				source: 'remark-heading-anchors',
			});
		}
	});
};
