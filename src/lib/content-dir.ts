import { createHash } from 'node:crypto';
import { resolve } from 'node:path';

/**
 * Where the pieces and sources live: `content/`, or `CONTENT_DIR` for tests, benchmarks and
 * fixtures. Relative paths are read from the project root.
 */
export function contentDir(root: string = process.cwd()): string {
	return resolve(root, process.env.CONTENT_DIR || 'content');
}

/**
 * Astro keeps the content it has read in its cache folder. Another content directory gets a
 * cache of its own, so the pieces of one never linger in a build of another (and two builds of
 * different content can run at once).
 */
export function astroCacheDir(root: string = process.cwd(), dir: string = contentDir(root)): string {
	if (dir === resolve(root, 'content')) return resolve(root, 'node_modules/.astro');
	return resolve(root, 'node_modules/.astro', `content-${createHash('sha256').update(dir).digest('hex').slice(0, 12)}`);
}
