import type { Element, ElementContent, Properties } from 'hast';
import { toString } from 'hast-util-to-string';
import rehypeAutolinkHeadings, { type Options } from 'rehype-autolink-headings';

/**
 * Each section heading of a piece, with a link to itself beside it (not in it: inside, the
 * link's name would join the heading's in the list of headings screen readers navigate by). The
 * link is in the HTML, so a reader without JavaScript can copy it; where JavaScript runs, a
 * button the same size that copies the address takes its place (src/client/share.ts).
 */
export const headingLinkOptions: Options = {
	behavior: 'after',
	test: ['h2', 'h3', 'h4', 'h5', 'h6'],
	group: { type: 'element', tagName: 'div', properties: { className: ['heading-row'] }, children: [] },
	properties: (heading: Element): Properties => ({
		className: ['heading-link'],
		ariaLabel: `Link to the section “${toString(heading).trim()}”`,
	}),
	content: { type: 'element', tagName: 'span', properties: { ariaHidden: 'true' }, children: [{ type: 'text', value: '#' }] } satisfies ElementContent,
};

export const rehypeHeadingLinks: [typeof rehypeAutolinkHeadings, Options] = [rehypeAutolinkHeadings, headingLinkOptions];
