import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { mapConcurrently } from './map-concurrently.ts';

/** The manifest's own name, at the root of the built site. */
export const MANIFEST_FILE = 'manifest.json';

/**
 * What a build published: the SHA-256 of every file, and what it takes to build the same bytes
 * again. A mirror is checked against it file by file (`npm run verify-mirror`).
 */
export interface SiteManifest {
	version: 1;
	/** The address the site was built for, base path included. */
	site: string;
	/** The clock the build ran on (`SOURCE_DATE_EPOCH`), when it was pinned. */
	sourceDateEpoch: number | null;
	/** Path from the site's root → SHA-256 in hex, sorted by path. */
	files: Record<string, string>;
}

export function sha256(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}

/** Hashes every file under `dir` but the manifest itself. */
export async function buildManifest(dir: string, site: string, sourceDateEpoch: number | null): Promise<SiteManifest> {
	const entries = await readdir(dir, { recursive: true, withFileTypes: true });
	const paths = entries
		.filter((entry) => entry.isFile())
		.map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
		.filter((path) => path !== MANIFEST_FILE)
		.sort();
	// Read a few files at a time: thousands of small files, where waiting on each read one by one cost more than hashing them.
	const hashes = await mapConcurrently(paths, 16, async (path) => sha256(await readFile(join(dir, path))));
	const files: Record<string, string> = {};
	paths.forEach((path, index) => (files[path] = hashes[index]!));
	return { version: 1, site, sourceDateEpoch, files };
}

export interface ManifestMismatch {
	path: string;
	problem: 'missing' | 'different';
}

/**
 * The files of `manifest` that `fetchFile` cannot get, or gets with other bytes, sorted by path.
 * A few files are fetched at a time, so that a large site is checked in minutes.
 */
export async function compareWithManifest(
	manifest: SiteManifest,
	fetchFile: (path: string) => Promise<Uint8Array | undefined>,
	concurrency = 8,
): Promise<ManifestMismatch[]> {
	const checked = await mapConcurrently(Object.entries(manifest.files), concurrency, async ([path, expected]): Promise<ManifestMismatch | undefined> => {
		const bytes = await fetchFile(path);
		if (!bytes) return { path, problem: 'missing' };
		return sha256(bytes) === expected ? undefined : { path, problem: 'different' };
	});
	const mismatches = checked.filter((mismatch): mismatch is ManifestMismatch => mismatch !== undefined);
	return mismatches.sort((a, b) => a.path.localeCompare(b.path));
}
