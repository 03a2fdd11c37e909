import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** What the Markdown pass says about a body, before it is turned into content errors. */
export interface BodyMessage {
	reason: string;
	line?: number | undefined;
	ruleId?: string | undefined;
	claimId?: string | undefined;
}

/**
 * The Markdown pass over a piece's body is most of what the content check costs (about 15 ms a
 * piece). Its findings are kept under a hash of everything they depend on: the body, the ledger's
 * claims, the file's place and the files beside it (images), and the code that checks (every
 * source file of the checker, the Markdown pipeline, the schemas and the libraries they use,
 * and the lockfile). Change any of it and the body is checked again.
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

	async messages(input: { path: string; body: string; claims: string }, check: () => Promise<BodyMessage[]>): Promise<BodyMessage[]> {
		const key = createHash('sha256')
			.update(this.codeFingerprint())
			.update(`\0${input.path}\0${this.filesBeside(input.path)}\0${input.claims}\0`)
			.update(input.body)
			.digest('hex');
		const file = join(this.dir, `${key}.json`);
		try {
			return JSON.parse(readFileSync(file, 'utf8')) as BodyMessage[];
		} catch {
			// Not checked yet, or the entry is unreadable: check again.
		}
		const messages = await check();
		mkdirSync(this.dir, { recursive: true });
		// Written aside and renamed, so that two builds at once never read half an entry.
		const partial = `${file}.${process.pid}.partial`;
		writeFileSync(partial, JSON.stringify(messages));
		renameSync(partial, file);
		return messages;
	}

	private filesBeside(path: string): string {
		const folder = resolve(path, '..');
		let names = this.siblings.get(folder);
		if (names === undefined) {
			names = readdirSync(folder).sort().join('/');
			this.siblings.set(folder, names);
		}
		return names;
	}

	private codeFingerprint(): string {
		if (this.fingerprint) return this.fingerprint;
		const hash = createHash('sha256');
		const src = join(this.projectRoot, 'src');
		const files = readdirSync(src, { recursive: true, encoding: 'utf8' })
			.filter((path) => /\.ts$/.test(path) && !/\.test\.ts$/.test(path))
			.sort();
		for (const path of [...files.map((path) => join(src, path)), join(this.projectRoot, 'package-lock.json')]) {
			hash.update(path).update('\0');
			try {
				hash.update(readFileSync(path));
			} catch {
				hash.update('missing');
			}
		}
		this.fingerprint = hash.digest('hex');
		return this.fingerprint;
	}
}
