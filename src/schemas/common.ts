import { z } from 'astro/zod';
import { yamlDateAsText } from './dates.ts';
import { invisibleCharacterProblem } from './invisible-characters.ts';
import { webAddressProblem } from './web-address.ts';

/** Lower-case ASCII words joined by single hyphens: safe in a URL and in an HTML id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z.string().regex(SLUG_PATTERN, { error: 'expected lower-case letters, digits and single hyphens (for example iran-cyberattacks)' });

/**
 * A web address a reader may follow: http or https with a public host name, international domain
 * names included. `javascript:`, `data:` and the like are refused whatever their capitalisation;
 * so are addresses a browser could not open, credentials, local and private hosts, and host names
 * mixing look-alike scripts (web-address.ts says why each).
 */
export const HttpUrlSchema = z.string().superRefine((value, ctx) => {
	const problem = webAddressProblem(value);
	if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** NUL and the other C0 controls but tab and newline: invisible, and never meant. */
// eslint-disable-next-line no-control-regex -- control characters are what it finds
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/**
 * Text that must say something: trimmed, not empty, not longer than `max`, free of invisible
 * control characters, and of the invisible characters that change what a reader sees
 * (invisible-characters.ts): every text an editor writes is shown on a page and also written to
 * the search index, the feeds and /claims.json, and those must say what the page says.
 */
export function textSchema(max: number) {
	return z.preprocess(
		yamlDateAsText,
		z
			.string()
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(max, { error: `must be at most ${max} characters` })
			.refine((text) => !CONTROL_CHARACTERS.test(text), { error: 'contains an invisible control character (such as NUL): retype the text' })
			.superRefine((text, ctx) => {
				const problem = invisibleCharacterProblem(text);
				if (problem) ctx.addIssue({ code: 'custom', message: problem });
			}),
	);
}
