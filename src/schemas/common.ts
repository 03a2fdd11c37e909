import { z } from 'astro/zod';

/** Lower-case ASCII words joined by single hyphens: safe in a URL and in an HTML id. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SlugSchema = z
	.string()
	.regex(SLUG_PATTERN, { error: 'expected lower-case letters, digits and single hyphens (for example iran-cyberattacks)' });

/**
 * A web address a reader may follow. Only http and https: `javascript:`, `data:` and the like
 * are refused whatever their capitalisation.
 */
export const HttpUrlSchema = z.httpUrl({ error: 'expected an http:// or https:// address' });

/** Text that must say something: trimmed, not empty, not longer than `max`. */
export function textSchema(max: number) {
	return z
		.string()
		.trim()
		.min(1, { error: 'must not be empty' })
		.max(max, { error: `must be at most ${max} characters` });
}
