/**
 * One run of `npm run archive:sources`: for each source without an archived copy, the capture
 * closest to the day the editors read it (else the day it was published) is looked up and
 * written into the file; with `save`, a capture is requested where there is none; with `check`,
 * every source's own address is tried, so the editors know which pages live on only in the
 * archive. Requests go one at a time, and every problem is said in the run's report.
 */
import { relative } from 'node:path';
import { NoAnswerError, PoliteFetcher, TooLargeError, type PoliteOptions } from './polite-fetch.ts';
import { readSources, SourceFileError, writeArchive, type SourceFile } from './source-files.ts';
import { ArchiveError, WaybackClient, type ArchiveEndpoints, type Lookup } from './wayback.ts';

/**
 * After this many sources in a row the archive could not be asked about, it is not asked again
 * in this run: it is down or asks to be left alone, and every further request would cost it, and
 * the editor, retries and time-outs for nothing.
 */
const STOP_AFTER = 3;

export interface RunOptions {
	contentDir: string;
	/** Source ids to work on; all sources when empty. */
	ids: string[];
	save: boolean;
	check: boolean;
	dryRun: boolean;
	endpoints: ArchiveEndpoints;
	polite: PoliteOptions;
	/** How many times the availability API is asked again after a Save Page Now request. */
	pollAttempts: number;
	/** The wait before each of those, in ms. */
	pollDelayMs: number;
	/** The time limit of a Save Page Now request, which can take a minute, in ms. */
	saveTimeoutMs: number;
	/** Each line of the report as it happens. */
	log: (line: string) => void;
	/** The folder paths are reported from; the working directory by default. */
	cwd?: string;
}

export interface Summary {
	/** Sources asked about: every source, or the ones named. */
	sources: number;
	/** Had an archived copy already. */
	already: number;
	/** A capture was found and written (or, in a dry run, would be). */
	found: number;
	/** A capture was requested and, once it existed, written. */
	saved: number;
	/** No capture to record. */
	missing: number;
	/** With `check`: source addresses that did not answer 200. */
	dead: { id: string; url: string; answer: string; archive?: string }[];
	/** The archive could not be asked, or the file could not be written: worth running again. */
	failed: number;
	/** Files that cannot be read as a source (the content check explains them). */
	skipped: number;
	dryRun: boolean;
}

export async function archiveSources(options: RunOptions): Promise<Summary> {
	const { log, dryRun } = options;
	const fetcher = new PoliteFetcher(options.polite);
	const wayback = new WaybackClient(fetcher, options.endpoints, { saveTimeoutMs: options.saveTimeoutMs });
	const sleep = options.polite.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
	const sources = chosen(readSources(options.contentDir), options.ids);
	const summary: Summary = { sources: sources.length, already: 0, found: 0, saved: 0, missing: 0, dead: [], failed: 0, skipped: 0, dryRun };
	const name = (file: SourceFile) => relative(options.cwd ?? process.cwd(), file.path);
	/** Sources in a row the archive could not be asked about; at STOP_AFTER it is left alone. */
	let failuresInARow = 0;
	/** Sources the archive could not be asked about, in all. */
	let askFailures = 0;
	let notAsked = 0;

	for (const file of sources) {
		if (file.problem) {
			summary.skipped += 1;
			log(`${name(file)}: skipped: the file ${file.problem}`);
			continue;
		}
		const url = file.url!;
		let archive = file.archive;
		if (archive) {
			summary.already += 1;
		} else if (failuresInARow >= STOP_AFTER) {
			notAsked += 1;
		} else {
			const failedBefore = askFailures;
			archive = await archiveOne(file, url);
			failuresInARow = askFailures > failedBefore ? failuresInARow + 1 : 0;
		}
		if (options.check) await checkOne(file, url, archive);
	}
	if (notAsked > 0) {
		summary.failed += notAsked;
		log(`The archive could not be asked about ${STOP_AFTER} sources in a row, so the other ${notAsked} were not asked about: run the command again later.`);
	}
	return summary;

	async function archiveOne(file: SourceFile, url: string): Promise<string | undefined> {
		const day = file.accessed ?? file.published;
		let lookup: Lookup;
		try {
			lookup = await wayback.closest(url, day);
		} catch (error) {
			failure(file, 'could not ask the archive', error);
			return undefined;
		}
		if (lookup.found) {
			if (record(file, lookup, 'found')) summary.found += 1;
			return lookup.address;
		}
		const why = lookup.refused ? ` (${lookup.refused})` : '';
		if (!options.save) {
			summary.missing += 1;
			log(`${name(file)}: no capture in the archive${why}; run with --save to ask for one`);
			return undefined;
		}
		if (dryRun) {
			summary.missing += 1;
			log(`${name(file)}: no capture in the archive${why}; would ask the archive to save ${url}`);
			return undefined;
		}
		return saveOne(file, url);
	}

	async function saveOne(file: SourceFile, url: string): Promise<string | undefined> {
		try {
			const saved = await wayback.save(url);
			if (!saved.accepted) {
				summary.missing += 1;
				log(`${name(file)}: no capture in the archive, and ${saved.problem}`);
				return undefined;
			}
			for (let attempt = 1; attempt <= options.pollAttempts; attempt += 1) {
				await sleep(options.pollDelayMs);
				// No day: the newest capture, which is the one just made once the archive lists it.
				const lookup = await wayback.closest(url);
				if (lookup.found) {
					if (record(file, lookup, 'saved')) summary.saved += 1;
					return lookup.address;
				}
			}
		} catch (error) {
			failure(file, 'could not ask the archive to save the page', error);
			return undefined;
		}
		summary.missing += 1;
		log(`${name(file)}: the archive was asked to save ${url}, but does not list the capture yet: run the command again later`);
		return undefined;
	}

	/** Writes the capture (or says it would); false when the file could not be written. */
	function record(file: SourceFile, lookup: Lookup & { found: true }, how: 'found' | 'saved'): boolean {
		const when = captureDay(lookup.timestamp);
		const what = `archive: ${lookup.address}${when ? ` (${how === 'saved' ? 'new capture' : 'captured'} ${when})` : ''}`;
		if (dryRun) {
			log(`${name(file)}: would write ${what}`);
			return true;
		}
		try {
			writeArchive(file, lookup.address);
		} catch (error) {
			if (!(error instanceof SourceFileError)) throw error;
			summary.failed += 1;
			log(`${name(file)}: not written: ${error.message}. Add this line by hand: archive: ${lookup.address}`);
			return false;
		}
		log(`${name(file)}: wrote ${what}`);
		return true;
	}

	async function checkOne(file: SourceFile, url: string, archive: string | undefined): Promise<void> {
		let answer: string;
		try {
			const response = await fetcher.request(url);
			if (response.status === 200) {
				if (!samePage(response.url, url)) {
					log(`${name(file)}: ${url} now leads to ${response.url}: check it is still the same page`);
				}
				return;
			}
			answer = `answers ${response.status}${response.gaveUp ? ` (${response.gaveUp})` : ''}${response.status === 401 || response.status === 403 ? ' (the site may refuse scripts: open it in a browser)' : ''}`;
		} catch (error) {
			if (!(error instanceof NoAnswerError)) throw error;
			answer = `does not answer: ${error.message}`;
		}
		summary.dead.push({ id: file.id, url, answer, ...(archive ? { archive } : {}) });
		const copy = archive ? `its archived copy: ${archive}` : 'it has no archived copy';
		log(`${name(file)}: ${url} ${answer}; ${copy}`);
	}

	function failure(file: SourceFile, what: string, error: unknown): void {
		if (!(error instanceof ArchiveError || error instanceof NoAnswerError || error instanceof TooLargeError)) throw error;
		summary.failed += 1;
		askFailures += 1;
		log(`${name(file)}: ${what}: ${error.message}`);
		return undefined;
	}
}

function chosen(sources: SourceFile[], ids: string[]): SourceFile[] {
	if (ids.length === 0) return sources;
	const unknown = ids.filter((id) => !sources.some((source) => source.id === id));
	if (unknown.length > 0) throw new ArchiveError(`no source file named ${unknown.map((id) => `${id}.yaml`).join(', ')}`);
	return sources.filter((source) => ids.includes(source.id));
}

/** Whether a redirect kept to the page: only `www.`, the scheme or a final slash changed. */
function samePage(reached: string, asked: string): boolean {
	const comparable = (address: string) => {
		const url = new URL(address);
		return `${url.hostname.replace(/^www\./, '')}${url.pathname.replace(/\/+$/, '')}${url.search}`;
	};
	return comparable(reached) === comparable(asked);
}

/** `20220110123456` → `2022-01-10`. */
function captureDay(timestamp: string): string {
	return timestamp.length >= 8 ? `${timestamp.slice(0, 4)}-${timestamp.slice(4, 6)}-${timestamp.slice(6, 8)}` : timestamp;
}

/** The end of the run's report: what was done, in numbers, and what to do next. */
export function formatSummary(summary: Summary, options: { check: boolean; save: boolean }): string {
	const verb = summary.dryRun ? 'would be written' : 'written';
	const rows: [string, number, string][] = [
		['found', summary.found, `captures found and ${verb}`],
		['saved', summary.saved, 'new captures made and written (--save)'],
		['missing', summary.missing, summary.dryRun || options.save ? 'without a capture (said above)' : 'without a capture: run with --save to ask for one'],
	];
	if (options.check) rows.push(['dead', summary.dead.length, 'source addresses that no longer answer 200 (listed above)']);
	rows.push(['failed', summary.failed, 'could not be asked about or written: run the command again']);
	if (summary.skipped > 0) rows.push(['skipped', summary.skipped, 'files that are not valid sources: npm run check:content says why']);
	rows.push(['already', summary.already, 'had an archived copy already']);
	const width = Math.max(...rows.map(([, count]) => String(count).length));
	return [
		`Summary of ${summary.sources} source${summary.sources === 1 ? '' : 's'}${summary.dryRun ? ' (dry run: no file was changed, no capture requested)' : ''}:`,
		...rows.map(([label, count, meaning]) => `  ${label.padEnd(8)}${String(count).padStart(width)}  ${meaning}`),
	].join('\n');
}
