import { existsSync } from 'node:fs';
import { extname, posix, resolve } from 'node:path';
import type { VFile } from 'vfile';

/**
 * Image formats a piece may carry. SVG can hold script, and decoding AVIF (libheif) is where a
 * remote-code-execution flaw was found (GHSA-26w7-cxv4-gfx2): neither is published from content.
 */
const IMAGE_EXTENSIONS = new Set(['.png', '.jpg', '.jpeg', '.webp', '.gif']);

/**
 * What is wrong with an image of the site itself: it must be a file beside the piece, named by a
 * relative path (Astro resolves those, and fails on a missing one; an address from the site's
 * root is neither checked nor given a mirror's sub-path), in a format we publish.
 */
export function localImageProblems(url: string, file: VFile | undefined): string[] {
	let path: string;
	try {
		path = decodeURI(url.replace(/[?#].*$/, ''));
	} catch {
		return ['the path has a broken %-escape: write the file name as it is, for example ./chart.png'];
	}
	if (path.startsWith('/')) return ['write the path from the piece’s own folder (for example ./chart.png) and keep the image there'];
	// `../` leaves the piece's folder: what is published must be a file beside the piece, not
	// whatever the path reaches on the machine that builds the site.
	if (posix.normalize(path.replace(/\\/g, '/')).split('/')[0] === '..')
		return ['the path climbs out of the piece’s folder (../): keep the image beside the piece and write ./name.png'];
	const problems: string[] = [];
	if (!IMAGE_EXTENSIONS.has(extname(path).toLowerCase())) problems.push('images are PNG, JPEG, WebP or GIF files (SVG and AVIF are refused)');
	if (file?.path && !existsSync(resolve(file.cwd, file.dirname ?? '', path))) problems.push('the file does not exist beside the piece');
	return problems;
}
