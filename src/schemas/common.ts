import { z } from 'astro/zod';
import { yamlDateAsText } from './dates.ts';

/** Lower-case ASCII words joined by single hyphens: safe in a URL and in an HTML id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
	.string()
	.regex(SLUG_PATTERN, { error: 'expected lower-case letters, digits and single hyphens (for example iran-cyberattacks)' });

function isHttpUrl(value: string): boolean {
	if (/[\s\u0000-\u001f]/.test(value)) return false;
	try {
		const url = new URL(value);
		return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.');
	} catch {
		return false;
	}
}

/**
 * A web address a reader may follow: http or https with a host name, international domain names
 * included. `javascript:`, `data:` and the like are refused whatever their capitalisation.
 */
export const HttpUrlSchema = z.string().refine(isHttpUrl, { error: 'expected an http:// or https:// address' });

/** NUL and the other C0 controls but tab and newline: invisible, and never meant. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
/** Bidirectional overrides and isolates can make a headline read differently from what it says. */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/;

/**
 * Text that must say something: trimmed, not empty, not longer than `max`, free of invisible
 * control characters. A headline (`headline: true`) may not carry bidirectional controls either.
 */
export function textSchema(max: number, options: { headline?: boolean } = {}) {
	return z.preprocess(
		yamlDateAsText,
		z
			.string()
			.trim()
			.min(1, { error: 'must not be empty' })
			.max(max, { error: `must be at most ${max} characters` })
			.refine((text) => !CONTROL_CHARACTERS.test(text), { error: 'contains an invisible control character (such as NUL): retype the text' })
			.refine((text) => !(options.headline && BIDI_CONTROLS.test(text)), {
				error: 'contains an invisible bidirectional control character, which can make it read differently from what it says',
			}),
	);
}
