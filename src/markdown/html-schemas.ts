import { defaultSchema, type Schema } from 'hast-util-sanitize';
import { CLAIM_MARKER_CLASS } from '../lib/claim-anchors.ts';

/** Inline elements an editor may want beyond GitHub's list: none can run code or load anything. */
const EXTRA_TAGS = ['abbr', 'cite', 'mark', 'small', 'time'];

/**
 * What raw HTML an author may write in a piece: GitHub's rules, which drop scripts, `on*`
 * handlers, iframes, styles and non-http(s) links, plus a few harmless inline elements.
 * GitHub's rules also rewrite `id` and `name`, so raw HTML cannot set an anchor: anchors are
 * made by the site and are part of the contract.
 */
export const authorHtmlSchema: Schema = {
	...defaultSchema,
	tagNames: [...(defaultSchema.tagNames ?? []), ...EXTRA_TAGS],
	attributes: { ...defaultSchema.attributes, time: ['dateTime'] },
};

/**
 * The last step of the Markdown pipeline, a second line behind the content check: the same rules,
 * plus what the site itself adds to the body (claim markers and their numbers), and ids left as
 * they are, since raw HTML could not have set one.
 */
export const renderedHtmlSchema: Schema = {
	...authorHtmlSchema,
	clobber: [],
	attributes: {
		...authorHtmlSchema.attributes,
		a: [...withoutClassName(authorHtmlSchema.attributes?.a), ['className', 'data-footnote-backref', CLAIM_MARKER_CLASS], 'id', 'dataStatus'],
		sup: [['className', `${CLAIM_MARKER_CLASS}__n`]],
		span: [['className', 'visually-hidden']],
	},
};

/** The sanitizer reads only the first `className` rule of an element, so ours replaces GitHub's. */
function withoutClassName(rules: NonNullable<Schema['attributes']>[string] = []) {
	return rules.filter((rule) => (Array.isArray(rule) ? rule[0] : rule) !== 'className');
}
