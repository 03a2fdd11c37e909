/**
 * The two Wayback Machine services this command uses: the availability API, which names the
 * capture of a page closest to a day, and Save Page Now, which asks for a new capture. Only an
 * address the availability API returned is ever recorded, and only when it is a capture under the
 * configured archive, of the source's own page: an archive address is never made up here.
 */
import { webAddressProblem } from '../schemas/web-address.ts';
import type { PoliteFetcher } from './polite-fetch.ts';

export const DEFAULT_ARCHIVE_BASE = 'https://web.archive.org';
/** The availability API lives on archive.org, beside the captures on web.archive.org. */
export const DEFAULT_AVAILABILITY_API = 'https://archive.org/wayback/available';

export interface ArchiveEndpoints {
	/** Where captures live (`<base>/web/<timestamp>/<page>`) and Save Page Now answers (`<base>/save/<page>`). */
	base: URL;
	availability: URL;
}

/** A setting or an answer of the archive this command cannot work with, said for the editor. */
export class ArchiveError extends Error {}

/**
 * The endpoints from the settings. A base given without an availability API (a stand-in, a
 * mirror of the archive) serves the API itself, at `<base>/wayback/available`.
 */
export function archiveEndpoints(base?: string, availability?: string): ArchiveEndpoints {
	const baseUrl = httpUrl(base || DEFAULT_ARCHIVE_BASE, 'the archive base');
	if (baseUrl.search || baseUrl.hash) throw new ArchiveError(`the archive base "${base}" must be an address without ? or #, such as ${DEFAULT_ARCHIVE_BASE}`);
	baseUrl.pathname = baseUrl.pathname.replace(/\/+$/, '');
	const availabilityUrl = httpUrl(
		availability || (base ? `${baseUrl.href.replace(/\/$/, '')}/wayback/available` : DEFAULT_AVAILABILITY_API),
		'the availability API',
	);
	return { base: baseUrl, availability: availabilityUrl };
}

function httpUrl(value: string, what: string): URL {
	if (!URL.canParse(value)) throw new ArchiveError(`${what} "${value}" is not a web address`);
	const url = new URL(value);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ArchiveError(`${what} "${value}" must start with https:// or http://`);
	return url;
}

/** `2026-11-24` → `20261124`, the day as the availability API reads it. */
export function waybackTimestamp(day: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new ArchiveError(`"${day}" is not a day written YYYY-MM-DD`);
	return day.replaceAll('-', '');
}

export type Lookup =
	| { found: true; address: string; timestamp: string }
	/** `refused`: why the capture the archive named is not recorded, when it named one. */
	| { found: false; refused?: string };

/**
 * Whether an address the archive returned may be written as a source's `archive`, and as what.
 * It must be a capture (`/web/<timestamp>/<page>`) on the archive base's host, under its path,
 * of the source's page (the same host, with or without `www.`). An `http://` capture of an
 * `https://` base is written as `https://`: the archive returns `http://` addresses from its API
 * and serves the same captures over https, which readers on filtered networks need.
 */
export function acceptedCapture(address: unknown, endpoints: ArchiveEndpoints, sourceUrl: string): { address: string } | { problem: string } {
	if (typeof address !== 'string' || address === '') return { problem: 'the archive named no address for the capture' };
	const refuse = (why: string) => ({ problem: `the archive returned ${JSON.stringify(address.slice(0, 200))}, which ${why}; nothing was recorded` });
	// eslint-disable-next-line no-control-regex -- control characters are what it refuses
	if (/[\s\u0000-\u001f\u007f]/.test(address) || !URL.canParse(address)) return refuse('is not a web address');
	const url = new URL(address);
	const { base } = endpoints;
	if (url.protocol !== 'http:' && url.protocol !== 'https:') return refuse('is not an http(s) address');
	if (url.username || url.password) return refuse('carries a user name or password');
	if (url.hostname !== base.hostname) return refuse(`is not on the archive (${base.host})`);
	const samePort = url.port === base.port || (url.port === '' && base.port === '' && url.protocol !== base.protocol);
	if (!samePort) return refuse(`is not on the archive (${base.host})`);
	if (url.protocol !== base.protocol) {
		// Only ever towards https: a capture on an https base is never written as http.
		if (base.protocol !== 'https:') return refuse(`is not on the archive (${base.origin})`);
		url.protocol = 'https:';
	}
	const prefix = `${base.pathname.replace(/\/+$/, '')}/web/`;
	if (!url.pathname.startsWith(prefix)) return refuse(`is not a capture under ${base.href.replace(/\/$/, '')}/web/`);
	const rest = url.href.slice(url.origin.length + prefix.length);
	const capture = /^(\d{4,14})(?:[a-z]{2}_)?\/(.+)$/.exec(rest);
	if (!capture || !URL.canParse(capture[2]!)) return refuse('is not a capture (/web/<timestamp>/<address>)');
	const page = new URL(capture[2]!);
	const source = new URL(sourceUrl);
	if (page.protocol !== 'http:' && page.protocol !== 'https:') return refuse('is not a capture of a web page');
	if (withoutWww(page.hostname) !== withoutWww(source.hostname)) return refuse(`is a capture of a page on ${page.hostname}, not of ${source.hostname}`);
	const written = url.href;
	// With the real archive, the address must also pass the check the build gives every `archive`;
	// a local stand-in (in the tests) is a private host that check rightly refuses.
	if (!webAddressProblem(base.href)) {
		const problem = webAddressProblem(written);
		if (problem) return refuse(problem);
	}
	return { address: written };
}

function withoutWww(hostname: string): string {
	return hostname.toLowerCase().replace(/^www\d*\./, '');
}

export class WaybackClient {
	readonly #fetcher: PoliteFetcher;
	readonly #endpoints: ArchiveEndpoints;
	readonly #saveTimeoutMs: number | undefined;

	constructor(fetcher: PoliteFetcher, endpoints: ArchiveEndpoints, options: { saveTimeoutMs?: number } = {}) {
		this.#fetcher = fetcher;
		this.#endpoints = endpoints;
		this.#saveTimeoutMs = options.saveTimeoutMs;
	}

	get endpoints(): ArchiveEndpoints {
		return this.#endpoints;
	}

	/** The capture of `sourceUrl` closest to `day` (YYYY-MM-DD), or the latest when no day is given. */
	async closest(sourceUrl: string, day?: string): Promise<Lookup> {
		const query = new URL(this.#endpoints.availability);
		query.searchParams.set('url', sourceUrl);
		if (day) query.searchParams.set('timestamp', waybackTimestamp(day));
		const response = await this.#fetcher.request(query, { readBody: true, headers: { accept: 'application/json' } });
		if (response.status !== 200) {
			throw new ArchiveError(`the availability API answered ${response.status}${response.gaveUp ? ` (${response.gaveUp})` : ''}`);
		}
		let answer: unknown;
		try {
			answer = JSON.parse(response.body);
		} catch {
			throw new ArchiveError('the availability API answered with something that is not JSON');
		}
		const snapshots = (answer as { archived_snapshots?: unknown } | null)?.archived_snapshots;
		if (typeof snapshots !== 'object' || snapshots === null) throw new ArchiveError('the availability API answered without "archived_snapshots"');
		const closest = (snapshots as { closest?: unknown }).closest;
		if (closest === undefined || closest === null) return { found: false };
		const { available, url, timestamp, status } = closest as { available?: unknown; url?: unknown; timestamp?: unknown; status?: unknown };
		const when = typeof timestamp === 'string' && /^\d{4,14}$/.test(timestamp) ? timestamp : '';
		if (available === false) return { found: false, refused: `the archive says its capture${when ? ` of ${when}` : ''} cannot be shown` };
		const answered = typeof status === 'string' || typeof status === 'number' ? String(status) : undefined;
		if (status !== undefined && (answered === undefined || !/^2\d\d$/.test(answered))) {
			return { found: false, refused: `the closest capture${when ? ` (${when})` : ''} recorded a ${answered ?? 'strange'} answer, not the page` };
		}
		const accepted = acceptedCapture(url, this.#endpoints, sourceUrl);
		if ('problem' in accepted) return { found: false, refused: accepted.problem };
		return { found: true, address: accepted.address, timestamp: when };
	}

	/** Asks Save Page Now for a new capture; whether the archive took the request, and if not why. */
	async save(sourceUrl: string): Promise<{ accepted: true } | { accepted: false; problem: string }> {
		const address = new URL(`${this.#endpoints.base.href.replace(/\/$/, '')}/save/${sourceUrl}`);
		const response = await this.#fetcher.request(address, this.#saveTimeoutMs === undefined ? {} : { timeoutMs: this.#saveTimeoutMs });
		if (response.status >= 200 && response.status < 400) return { accepted: true };
		return { accepted: false, problem: `the archive refused to save it: it answered ${response.status}${response.gaveUp ? ` (${response.gaveUp})` : ''}` };
	}
}
