import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { abbreviate } from './abbreviate.ts';
import { bodyAddressProblem, isRemoteResource, isSafeLinkUrl } from './body-addresses.ts';
import { localImageProblems } from './body-images.ts';
import { rawHtmlProblems } from './raw-html.ts';

export const HTML_LINK_IMAGE_RULES = {
	unsafeHtml: 'unsafe-html',
	unsafeUrl: 'unsafe-url',
	remoteResource: 'remote-resource',
	localImage: 'local-image',
	badAddress: 'bad-address',
} as const;

const SOURCE = 'remark-html-link-image-policy';

/**
 * Refuses, rather than silently strips, what must never reach a reader: raw HTML the sanitizer
 * would change (scripts, `on*` handlers, iframes, styles, ids; raw-html.ts), Markdown links or
 * images with a scheme other than http, https or mailto or an address no browser can open
 * (body-addresses.ts), and images that are not files beside the piece (body-images.ts). Each
 * problem is a message on the file with its line; the content check collects them and stops the
 * build.
 *
 * One walk of the tree applies all three, so that a line's problems are listed in the order
 * they are written.
 */
export const remarkHtmlLinkImagePolicy: Plugin<[], Root> = () => (tree, file) => {
	const definitionUrl = new Map<string, string>();
	visit(tree, 'definition', (definition) => {
		definitionUrl.set(definition.identifier, definition.url);
	});
	visit(tree, (node) => {
		const imageUrl = node.type === 'image' ? node.url : node.type === 'imageReference' ? definitionUrl.get(node.identifier) : undefined;
		if (imageUrl !== undefined && isRemoteResource(imageUrl)) {
			file.message(`image from "${abbreviate(imageUrl)}": images must be files of this site, never loaded from another server`, {
				place: node.position,
				ruleId: HTML_LINK_IMAGE_RULES.remoteResource,
				source: SOURCE,
			});
		} else if (imageUrl !== undefined && isSafeLinkUrl(imageUrl)) {
			for (const problem of localImageProblems(imageUrl, file)) {
				file.message(`image "${abbreviate(imageUrl)}": ${problem}`, {
					place: node.position,
					ruleId: HTML_LINK_IMAGE_RULES.localImage,
					source: SOURCE,
				});
			}
		}
		if (node.type === 'html') {
			for (const problem of rawHtmlProblems(node.value, file)) {
				file.message(`raw HTML ${problem}: ${abbreviate(node.value)}`, {
					place: node.position,
					ruleId: HTML_LINK_IMAGE_RULES.unsafeHtml,
					source: SOURCE,
				});
			}
		} else if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeLinkUrl(node.url)) {
			file.message(`${node.type === 'image' ? 'image' : 'link'} to "${abbreviate(node.url)}": only http, https and mailto addresses are allowed`, {
				place: node.position,
				ruleId: HTML_LINK_IMAGE_RULES.unsafeUrl,
				source: SOURCE,
			});
		} else if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
			const problem = bodyAddressProblem(node.url);
			if (problem) {
				file.message(`${node.type === 'image' ? 'image' : 'link'} to "${abbreviate(node.url)}": ${problem}`, {
					place: node.position,
					ruleId: HTML_LINK_IMAGE_RULES.badAddress,
					source: SOURCE,
				});
			}
		}
	});
};
