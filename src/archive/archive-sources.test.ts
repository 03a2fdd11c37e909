import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { archiveSources, formatSummary, type RunOptions } from './archive-sources.ts';
import { json, startStandIn, type SeenRequest, type StandIn } from './test-stand-in.ts';
import { archiveEndpoints } from './wayback.ts';

const root = process.cwd();
/** Real sources, copied: their own addresses are only ever sent to the stand-in's API. */
const REAL = {
	capture: 'taipeitimes-2022-01-10-abtin-death',
	none: 'alarabiya-2022-01-08-abtin-death',
	busy: 'amnesty-1988-12-13-secret-executions',
	silent: 'abantribunal-about-us',
	foreign: 'ais-cultural-revolution-universities',
} as const;

let standIn: StandIn;
let contentDir: string;
/** Every archive address the stand-in returned: the only ones the command may write. */
const returned = new Set<string>();
/** The original text of each source file, by id. */
const originals = new Map<string, string>();
/** Pages the stand-in has been asked to save. */
const saved = new Set<string>();
let availabilityCalls = new Map<string, number>();
/** When set, the stand-in's availability API never answers. */
let archiveDown = false;

function urlOf(id: string): string {
	return parseDocument(originals.get(id)!, { schema: 'core' }).get('url') as string;
}

function capture(page: string, timestamp: string) {
	const url = `${standIn.origin}/web/${timestamp}/${page}`;
	returned.add(url);
	return { url: page, archived_snapshots: { closest: { available: true, status: '200', timestamp, url } } };
}

interface Answer {
	body: unknown;
	status?: number;
	headers?: Record<string, string>;
}

/** The stand-in availability API's canned answer for each page. */
function availability(request: SeenRequest): Answer | 'hang' {
	if (archiveDown) return 'hang';
	const page = request.url.searchParams.get('url') ?? '';
	const calls = (availabilityCalls.get(page) ?? 0) + 1;
	availabilityCalls.set(page, calls);
	const stamp = `${request.url.searchParams.get('timestamp') ?? '20261201'}101010`;
	if (page === urlOf(REAL.capture) || page === `${standIn.origin}/pages/gone`) return { body: capture(page, stamp) };
	if (page === urlOf(REAL.busy))
		return calls === 1 ? { body: { error: 'slow down' }, status: 429, headers: { 'retry-after': '0' } } : { body: capture(page, stamp) };
	if (page === urlOf(REAL.silent)) return 'hang';
	if (page === urlOf(REAL.foreign)) {
		const elsewhere = `https://evil.example/web/20200101000000/${page}`;
		return { body: { archived_snapshots: { closest: { available: true, status: '200', timestamp: '20200101000000', url: elsewhere } } } };
	}
	if (page === `${standIn.origin}/pages/to-save` && saved.has(page) && calls >= 3) return { body: capture(page, '20261201120000') };
	return { body: { url: page, archived_snapshots: {} } };
}

beforeAll(async () => {
	standIn = await startStandIn((request, response) => {
		const { pathname } = request.url;
		if (pathname === '/wayback/available') {
			const answer = availability(request);
			if (answer === 'hang') return 'hang';
			json(response, answer.body, answer.status, answer.headers);
		} else if (pathname.startsWith('/save/')) {
			saved.add(request.url.href.slice(`${request.url.origin}/save/`.length));
			response.writeHead(200, { 'content-type': 'text/html' });
		} else if (pathname === '/pages/gone') {
			response.writeHead(404);
		} else {
			response.writeHead(pathname === '/pages/alive' || pathname === '/pages/to-save' ? 200 : 500);
		}
		return undefined;
	});
});

afterAll(async () => {
	await standIn.close();
});

beforeEach(() => {
	if (contentDir) rmSync(contentDir, { recursive: true, force: true });
	contentDir = mkdtempSync(join(tmpdir(), 'dossier-archive-sources-'));
	mkdirSync(join(contentDir, 'sources'));
	for (const id of Object.values(REAL)) copyFileSync(join(root, 'content/sources', `${id}.yaml`), join(contentDir, 'sources', `${id}.yaml`));
	// Written as an editor does: comments, three spaces before them, quotes, a placeholder line.
	const fixtures = {
		gone: `# A page that has since been taken down
publisher: "Example Local"   # the outlet's own spelling
title: 'Stations closed: the ministry speaks'
url: ${standIn.origin}/pages/gone
published: 2021-10-26
accessed: 2026-11-24     # read again before publishing
# archive: https://web.archive.org/…   # a copy in a web archive
kind: news
note: >-
  Carries the ministry's
  statement.
`,
		alive: `publisher: Example Live
title: "Still there"
url: ${standIn.origin}/pages/alive
archive: https://web.archive.org/web/2021/${standIn.origin}/pages/alive
kind: news
`,
		'to-save': `publisher: Example New
title: "Never captured"
url: ${standIn.origin}/pages/to-save
accessed: 2026-11-30
kind: other
`,
	};
	for (const [id, text] of Object.entries(fixtures)) writeFileSync(join(contentDir, 'sources', `${id}.yaml`), text);
	originals.clear();
	for (const name of readdirSync(join(contentDir, 'sources')))
		originals.set(name.replace(/\.yaml$/, ''), readFileSync(join(contentDir, 'sources', name), 'utf8'));
	availabilityCalls = new Map();
	saved.clear();
	archiveDown = false;
});

afterAll(() => {
	if (contentDir) rmSync(contentDir, { recursive: true, force: true });
});

async function run(options: Partial<RunOptions> = {}) {
	const lines: string[] = [];
	const summary = await archiveSources({
		contentDir,
		ids: [],
		save: false,
		check: false,
		dryRun: false,
		endpoints: archiveEndpoints(standIn.origin),
		polite: { userAgent: 'Dossier archive:sources (test)', delayMs: 5, timeoutMs: 250, retries: 2, maxRetryAfterMs: 1000 },
		pollAttempts: 4,
		pollDelayMs: 10,
		saveTimeoutMs: 1000,
		log: (line) => lines.push(line),
		cwd: contentDir,
		...options,
	});
	return { summary, lines };
}

function text(id: string): string {
	return readFileSync(join(contentDir, 'sources', `${id}.yaml`), 'utf8');
}

/** Every file's `archive` is one it had, or one the stand-in returned. */
function expectOnlyReturnedAddresses() {
	for (const [id, original] of originals) {
		const before = parseDocument(original, { schema: 'core' }).get('archive');
		const after = parseDocument(text(id), { schema: 'core' }).get('archive');
		if (after !== before) expect(returned.has(after as string), `${id}: ${String(after)}`).toBe(true);
	}
}

describe('archive:sources', () => {
	it('writes the capture closest to the day read (else published), and nothing else in the file', async () => {
		const { summary, lines } = await run();

		const capture = urlOf(REAL.capture);
		const taipei = text(REAL.capture);
		const taipeiArchive = `${standIn.origin}/web/20220110101010/${capture}`;
		expect(taipei).toBe(originals.get(REAL.capture)!.replace('published: 2022-01-10\n', `published: 2022-01-10\narchive: ${taipeiArchive}\n`));
		expect(lines).toContain(`sources/${REAL.capture}.yaml: wrote archive: ${taipeiArchive} (captured 2022-01-10)`);

		// accessed wins over published; the placeholder comment and every other byte stay.
		const gone = `${standIn.origin}/web/20261124101010/${standIn.origin}/pages/gone`;
		expect(text('gone')).toBe(originals.get('gone')!.replace('# a copy in a web archive\n', `# a copy in a web archive\narchive: ${gone}\n`));

		// 429 first, then the answer: written.
		expect(text(REAL.busy)).toContain(`\narchive: ${standIn.origin}/web/19881213101010/${urlOf(REAL.busy)}\n`);
		expect(availabilityCalls.get(urlOf(REAL.busy))).toBe(2);

		// Refused, unanswered and uncaptured sources are left as they were.
		for (const id of [REAL.foreign, REAL.silent, REAL.none, 'alive', 'to-save']) expect(text(id), id).toBe(originals.get(id));
		expect(lines.find((line) => line.startsWith(`sources/${REAL.foreign}.yaml`))).toMatch(
			/no capture in the archive \(the archive returned "https:\/\/evil\.example\/web\/.*", which is not on the archive \(127\.0\.0\.1:\d+\); nothing was recorded\)/,
		);
		expect(lines).toContain(`sources/${REAL.silent}.yaml: could not ask the archive: ${new URL(standIn.origin).host} did not answer within 250 ms`);
		expect(availabilityCalls.get(urlOf(REAL.silent))).toBe(3);
		expect(lines).toContain(`sources/${REAL.none}.yaml: no capture in the archive; run with --save to ask for one`);

		expect(summary).toMatchObject({ sources: 8, already: 1, found: 3, saved: 0, missing: 3, failed: 1, skipped: 0, dead: [] });
		expect(saved.size).toBe(0);
		expectOnlyReturnedAddresses();
		expect(standIn.maxInFlight).toBe(1);
		expect(new Set(standIn.requests.map((request) => request.userAgent))).toEqual(new Set(['Dossier archive:sources (test)']));

		// A second run finds nothing left to write, and keeps the files as they are.
		const written = new Map([...originals.keys()].map((id) => [id, text(id)]));
		const again = await run({ ids: [REAL.capture, 'gone', REAL.busy] });
		expect(again.summary).toMatchObject({ sources: 3, already: 3, found: 0 });
		for (const [id, content] of written) expect(text(id)).toBe(content);
	});

	it('--dry-run writes nothing and asks for no capture, and says what it would do', async () => {
		const { summary, lines } = await run({ dryRun: true, save: true, check: true });
		for (const [id, original] of originals) expect(text(id), id).toBe(original);
		expect(readdirSync(join(contentDir, 'sources')).sort()).toEqual([...originals.keys()].map((id) => `${id}.yaml`).sort());
		expect(saved.size).toBe(0);
		expect(standIn.requests.some((request) => request.url.pathname.startsWith('/save/'))).toBe(false);
		expect(lines).toContain(
			`sources/${REAL.capture}.yaml: would write archive: ${standIn.origin}/web/20220110101010/${urlOf(REAL.capture)} (captured 2022-01-10)`,
		);
		expect(lines).toContain(`sources/to-save.yaml: no capture in the archive; would ask the archive to save ${standIn.origin}/pages/to-save`);
		expect(summary).toMatchObject({ found: 3, saved: 0, dryRun: true });
		expect(formatSummary(summary, { check: true, save: false })).toContain('(dry run: no file was changed, no capture requested)');
	});

	it('--save asks for a capture, waits for the archive to list it, then writes it', async () => {
		const { summary, lines } = await run({ save: true, ids: ['to-save', REAL.none] });
		expect([...saved].sort()).toEqual([urlOf(REAL.none), `${standIn.origin}/pages/to-save`].sort());
		const address = `${standIn.origin}/web/20261201120000/${standIn.origin}/pages/to-save`;
		expect(text('to-save')).toBe(originals.get('to-save')!.replace('accessed: 2026-11-30\n', `accessed: 2026-11-30\narchive: ${address}\n`));
		expect(lines).toContain(`sources/to-save.yaml: wrote archive: ${address} (new capture 2026-12-01)`);
		expect(lines).toContain(
			`sources/${REAL.none}.yaml: the archive was asked to save ${urlOf(REAL.none)}, but does not list the capture yet: run the command again later`,
		);
		expect(text(REAL.none)).toBe(originals.get(REAL.none));
		expect(summary).toMatchObject({ sources: 2, found: 0, saved: 1, missing: 1, failed: 0 });
		expectOnlyReturnedAddresses();
	});

	it('--check lists the sources whose address no longer answers 200, with their archived copy', async () => {
		const { summary, lines } = await run({ check: true, ids: ['gone', 'alive'] });
		const gone = `${standIn.origin}/web/20261124101010/${standIn.origin}/pages/gone`;
		expect(summary.dead).toEqual([{ id: 'gone', url: `${standIn.origin}/pages/gone`, answer: 'answers 404', archive: gone }]);
		expect(lines).toContain(`sources/gone.yaml: ${standIn.origin}/pages/gone answers 404; its archived copy: ${gone}`);
		expect(formatSummary(summary, { check: true, save: false })).toMatch(/dead +1 +source addresses that no longer answer 200/);
	});

	it('stops asking an archive that does not answer three sources in a row', async () => {
		archiveDown = true;
		const before = standIn.requests.length;
		const { summary, lines } = await run({ polite: { userAgent: 'test', delayMs: 1, timeoutMs: 50, retries: 0, maxRetryAfterMs: 1000 } });
		expect(standIn.requests.slice(before).filter((request) => request.url.pathname === '/wayback/available')).toHaveLength(3);
		expect(summary).toMatchObject({ found: 0, failed: 7, already: 1 });
		expect(lines.at(-1)).toBe('The archive could not be asked about 3 sources in a row, so the other 4 were not asked about: run the command again later.');
		for (const [id, original] of originals) expect(text(id)).toBe(original);
	});

	it('refuses a source id that does not exist', async () => {
		await expect(run({ ids: ['no-such-source'] })).rejects.toThrow('no source file named no-such-source.yaml');
	});
});

describe('npm run archive:sources', () => {
	const node = existsSync(resolve(root, 'node_modules/node/bin/node')) ? resolve(root, 'node_modules/node/bin/node') : process.execPath;

	it('reads the archive base, content folder, delay and timeout from its settings, and ends with the summary', async () => {
		const { stdout } = await promisify(execFile)(
			node,
			[resolve(root, 'scripts/archive-sources.ts'), REAL.capture, 'gone', '--check', '--delay=0.005', '--timeout=0.5'],
			{
				cwd: root,
				env: { ...process.env, CONTENT_DIR: contentDir, ARCHIVE_BASE_URL: standIn.origin },
			},
		);
		expect(stdout).toContain(`wrote archive: ${standIn.origin}/web/20220110101010/${urlOf(REAL.capture)} (captured 2022-01-10)`);
		expect(stdout).toContain(`${standIn.origin}/pages/gone answers 404; its archived copy: ${standIn.origin}/web/20261124101010/`);
		expect(stdout).toMatch(/Summary of 2 sources:\n {2}found +2 +captures found and written\n/);
		expect(text(REAL.capture)).toContain(`\narchive: ${standIn.origin}/web/20220110101010/`);
		expect(standIn.requests.at(-1)!.userAgent).toMatch(/^Dossier archive:sources \(/);
	});

	it('says plainly what is wrong with its options, and changes nothing', async () => {
		const error = (await promisify(execFile)(node, [resolve(root, 'scripts/archive-sources.ts'), '--delay=fast'], {
			cwd: root,
			env: { ...process.env, CONTENT_DIR: contentDir, ARCHIVE_BASE_URL: standIn.origin },
		}).catch((caught: unknown) => caught)) as { code: number; stderr: string };
		expect(error.code).toBe(1);
		expect(error.stderr).toContain('Nothing done: --delay=fast: give a number of seconds, such as --delay=2');
		for (const [id, original] of originals) expect(text(id)).toBe(original);
	});
});
