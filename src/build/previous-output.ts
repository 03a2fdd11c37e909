import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, isAbsolute, join, relative, sep } from 'node:path';

/**
 * Astro empties the output folder before it writes the site, file by file on the thread that
 * then renders the pages: a site has a folder for each page, thousands of them. Moved aside
 * first (a rename, at once), the last build is removed by this process while Astro works, and
 * Astro starts from an empty folder as before. A folder that holds the project (`--outDir .`)
 * is never moved: Astro is left to deal with it, as it would without this step.
 *
 * Returns when the folder is out of the way, with the removal still running: await `removed`
 * before the build ends, so that a build leaves nothing behind.
 */
export async function setAsidePreviousOutput(outDir: string, project = process.cwd()): Promise<{ removed: Promise<void> }> {
	const parent = dirname(outDir);
	const prefix = `${basename(outDir)}.removing-`;
	// A build stopped before it could finish removing leaves its folder: this one removes it.
	const leftovers = existsSync(parent) ? (await readdir(parent)).filter((name) => name.startsWith(prefix)).map((name) => join(parent, name)) : [];
	const aside = join(parent, `${prefix}${process.pid}`);
	if (existsSync(outDir) && !holds(outDir, project)) {
		try {
			await rename(outDir, aside);
			leftovers.push(aside);
		} catch {
			// Not movable (a mount point, say): Astro empties it in place, as it would anyway.
		}
	}
	return { removed: Promise.all(leftovers.map((folder) => rm(folder, { recursive: true, force: true }))).then(() => undefined) };
}

/** Whether `folder` is `path` or one of its parents. */
function holds(folder: string, path: string): boolean {
	const inside = relative(folder, path);
	return !(inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside));
}
