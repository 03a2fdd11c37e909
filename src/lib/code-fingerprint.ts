import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/**
 * A SHA-256 of the site's own code that something depends on: every TypeScript module under
 * `dirs` (tests left out) and every one of `files`, by path from `root` and content. Part of a
 * cache key, it changes exactly when that code does. A file that is missing counts as missing.
 */
export function codeFingerprint(root: string, { dirs, files = [] }: { dirs: string[]; files?: string[] }): string {
	const modules = dirs.flatMap((dir) =>
		readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
			.filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'))
			.map((path) => join(dir, path)),
	);
	const hash = createHash('sha256');
	for (const path of [...modules.sort(), ...files]) {
		hash.update(path).update('\0');
		try {
			hash.update(readFileSync(resolve(root, path)));
		} catch {
			hash.update('missing');
		}
		hash.update('\0');
	}
	return hash.digest('hex');
}
