import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { codeFingerprint } from '../lib/code-fingerprint.ts';
import { writeAtomically } from '../lib/write-atomically.ts';
import type { BodyMessage, BodyReading } from '../markdown/index.ts';

/** What the cache gives for a body: its messages, and its rendering, read now or left in its file for later. */
export interface CachedReading {
	messages: BodyMessage[];
	/** The rendering, when this call made it; otherwise it stays on disk until Astro asks for it. */
	rendered?: BodyReading['rendered'];
	/** The JSON file that holds the reading, as `{ messages, rendered }`. */
	file: string;
}

/**
 * The Markdown pass over a piece's body is most of what the content check costs. What it gives
 * (the problems, and the HTML Astro publishes) is kept under a hash of everything it depends on:
 * the body, the ledger's claims, the file's place and the files beside it (images), the site's
 * base path (links from the site's root get it), and the code (every source file of the site, its
 * Astro configuration, and the lockfile). Change any of it and the body is read again.
 */
export class BodyCheckCache {
	private readonly projectRoot: string;
	private readonly dir: string;
	private fingerprint: string | undefined;
	private readonly siblings = new Map<string, string>();

	// No parameter properties: the scripts run this file on Node's own TypeScript support, which only strips types.
	constructor(projectRoot: string = process.cwd()) {
		this.projectRoot = projectRoot;
		this.dir = resolve(projectRoot, process.env.CONTENT_CHECK_CACHE_DIR || 'node_modules/.cache/dossier-content-check');
	}

	async reading(input: { path: string; body: string; claims: string; base: string; lang?: string }, read: () => Promise<BodyReading>): Promise<CachedReading> {
		const key = createHash('sha256')
			.update(this.codeFingerprint())
			.update(`\0${input.path}\0${this.filesBeside(input.path)}\0${input.claims}\0${input.base}\0${input.lang ?? ''}\0`)
			.update(input.body)
			.digest('hex');
		// One file a body, messages and HTML together: on some disks creating a file costs more than
		// parsing the HTML it holds.
		const file = join(this.dir, `${key}.json`);
		try {
			const { messages } = JSON.parse(readFileSync(file, 'utf8')) as BodyReading;
			if (Array.isArray(messages)) return { messages, file };
		} catch {
			// Not read yet, or the entry is unreadable: read again.
		}
		const { messages, rendered } = await read();
		mkdirSync(this.dir, { recursive: true });
		writeAtomically(file, JSON.stringify({ messages, rendered }));
		return { messages, rendered, file };
	}

	/** The names of the files in a body's folder (its images), listed once a folder. */
	filesBeside(path: string): string {
		const folder = resolve(path, '..');
		let names = this.siblings.get(folder);
		if (names === undefined) {
			names = readdirSync(folder).sort().join('/');
			this.siblings.set(folder, names);
		}
		return names;
	}

	private codeFingerprint(): string {
		this.fingerprint ??= codeFingerprint(this.projectRoot, { dirs: ['src'], files: ['astro.config.ts', 'package-lock.json'] });
		return this.fingerprint;
	}
}
