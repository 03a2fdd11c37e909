// `npm run verify-mirror -- <manifest> <mirror>`: fetches every file a manifest lists from a
// mirror and checks its SHA-256. <manifest> is the main site's manifest.json (an address or a
// file, such as dist/manifest.json from a rebuild); <mirror> is the mirror's address, with its
// sub-path. Exit status 0 when every file matches, 1 when one does not, 2 on bad arguments.
import { readFile } from 'node:fs/promises';
import { compareWithManifest, type SiteManifest } from '../src/lib/site-manifest.ts';

const [manifestAt, mirrorAt] = process.argv.slice(2);
if (!manifestAt || !mirrorAt) {
	console.error('usage: npm run verify-mirror -- <manifest.json address or file> <mirror address>');
	process.exit(2);
}

async function read(location: string): Promise<Uint8Array | undefined> {
	if (!/^https?:\/\//.test(location)) return readFile(location).catch(() => undefined);
	const response = await fetch(location, { redirect: 'follow' });
	return response.ok ? new Uint8Array(await response.arrayBuffer()) : undefined;
}

const manifestBytes = await read(manifestAt);
if (!manifestBytes) {
	console.error(`cannot read the manifest at ${manifestAt}`);
	process.exit(2);
}
// Read as what it claims to be, then checked: a file of another kind fails here, not later.
const manifest = JSON.parse(new TextDecoder().decode(manifestBytes)) as Partial<Record<keyof SiteManifest, unknown>> & SiteManifest;
if ((manifest.version as unknown) !== 1 || typeof manifest.files !== 'object') {
	console.error(`${manifestAt} is not a site manifest (version 1)`);
	process.exit(2);
}

const mirror = new URL(mirrorAt.endsWith('/') ? mirrorAt : `${mirrorAt}/`);
const mismatches = await compareWithManifest(manifest, (path) => read(new URL(path, mirror).href));
const total = Object.keys(manifest.files).length;
if (mismatches.length === 0) {
	console.log(`${mirror.href}: all ${total} files match the manifest of ${manifest.site}`);
	process.exit(0);
}
for (const { path, problem } of mismatches) console.error(`${problem === 'missing' ? 'missing  ' : 'different'} ${path}`);
console.error(`${mirror.href}: ${mismatches.length} of ${total} files do not match the manifest of ${manifest.site}`);
process.exit(1);
