import { resolve } from 'node:path';

/**
 * Where the pieces and sources live: `content/`, or `CONTENT_DIR` for tests, benchmarks and
 * fixtures. Relative paths are read from the project root.
 */
export function contentDir(root: string = process.cwd()): string {
	return resolve(root, process.env.CONTENT_DIR || 'content');
}
