import { afterEach, describe, expect, it } from 'vitest';
import { PoliteFetcher } from './polite-fetch.ts';
import { json, startStandIn, type StandIn } from './test-stand-in.ts';
import { acceptedCapture, ArchiveError, archiveEndpoints, WaybackClient, waybackTimestamp } from './wayback.ts';

const page = 'https://www.taipeitimes.com/News/world/archives/2022/01/10/2003771097';

describe('archiveEndpoints', () => {
	it('uses the Wayback Machine by default, and a given base for both services', () => {
		const real = archiveEndpoints();
		expect([real.base.href, real.availability.href]).toEqual(['https://web.archive.org/', 'https://archive.org/wayback/available']);
		const standIn = archiveEndpoints('http://127.0.0.1:8080/');
		expect([standIn.base.href, standIn.availability.href]).toEqual(['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/wayback/available']);
		expect(archiveEndpoints('http://127.0.0.1:8080', 'http://127.0.0.1:9090/api').availability.href).toBe('http://127.0.0.1:9090/api');
	});

	it('refuses a base that is not an http(s) address', () => {
		expect(() => archiveEndpoints('ftp://archive.example')).toThrow(ArchiveError);
		expect(() => archiveEndpoints('web.archive.org')).toThrow('is not a web address');
	});
});

describe('acceptedCapture', () => {
	const real = archiveEndpoints();

	it('accepts a capture of the page on the archive, written over https', () => {
		expect(acceptedCapture(`http://web.archive.org/web/20220110123456/${page}`, real, page)).toEqual({
			address: `https://web.archive.org/web/20220110123456/${page}`,
		});
		expect(acceptedCapture('https://web.archive.org/web/20220110123456/http://taipeitimes.com:80/News/x', real, page)).toEqual({
			address: 'https://web.archive.org/web/20220110123456/http://taipeitimes.com:80/News/x',
		});
	});

	it('takes a stand-in archive exactly as it answered', () => {
		const local = archiveEndpoints('http://127.0.0.1:8080');
		expect(acceptedCapture(`http://127.0.0.1:8080/web/20220110/${page}`, local, page)).toEqual({ address: `http://127.0.0.1:8080/web/20220110/${page}` });
	});

	it.each([
		['another host', `https://evil.example/web/20220110123456/${page}`, 'is not on the archive'],
		['a look-alike host', `https://web.archive.org.evil.example/web/20220110123456/${page}`, 'is not on the archive'],
		['another port', `https://web.archive.org:8443/web/20220110123456/${page}`, 'is not on the archive'],
		['not a capture', `https://web.archive.org/save/${page}`, 'is not a capture under'],
		['no timestamp', `https://web.archive.org/web/${page}`, 'is not a capture'],
		['a capture of another site', 'https://web.archive.org/web/20220110123456/https://example.org/', 'is a capture of a page on example.org'],
		['a script address', 'javascript:alert(1)', 'is not an http(s) address'],
		['credentials', `https://user:pw@web.archive.org/web/2022/${page}`, 'carries a user name or password'],
		['spaces', `https://web.archive.org/web/2022/ ${page}`, 'is not a web address'],
	])('refuses %s', (_, address, problem) => {
		const result = acceptedCapture(address, real, page);
		expect(result).toHaveProperty('problem');
		expect((result as { problem: string }).problem).toContain(problem);
	});

	it('on an http base, takes only http captures, as they were returned', () => {
		const plain = archiveEndpoints('http://archive.example');
		expect(acceptedCapture(`https://archive.example/web/2022/${page}`, plain, page)).toHaveProperty('problem');
		expect(acceptedCapture(`http://archive.example/web/2022/${page}`, plain, page)).toEqual({ address: `http://archive.example/web/2022/${page}` });
	});

	it('keeps to the base path of an archive under a sub-path', () => {
		const mirror = archiveEndpoints('https://mirror.example/wayback');
		expect(acceptedCapture(`https://mirror.example/wayback/web/2022/${page}`, mirror, page)).toEqual({
			address: `https://mirror.example/wayback/web/2022/${page}`,
		});
		expect(acceptedCapture(`https://mirror.example/web/2022/${page}`, mirror, page)).toHaveProperty('problem');
	});
});

describe('waybackTimestamp', () => {
	it('writes the day as the API reads it', () => {
		expect(waybackTimestamp('2026-11-24')).toBe('20261124');
		expect(() => waybackTimestamp('24/11/2026')).toThrow(ArchiveError);
	});
});

describe('WaybackClient', () => {
	let standIn: StandIn | undefined;
	afterEach(async () => {
		await standIn?.close();
		standIn = undefined;
	});
	const polite = { userAgent: 'test', delayMs: 1, timeoutMs: 500, retries: 0, maxRetryAfterMs: 1000 };

	it('asks for the capture closest to the day, and reads the answers the API gives', async () => {
		const answers: unknown[] = [
			{ archived_snapshots: {} },
			{ url: page, archived_snapshots: { closest: { available: true, status: '404', timestamp: '20220110000000', url: 'x' } } },
			'not json',
		];
		standIn = await startStandIn((_, response) => {
			const answer = answers.shift();
			if (typeof answer === 'string') response.end(answer);
			else json(response, answer);
		});
		const server = standIn;
		answers.unshift({
			url: page,
			archived_snapshots: { closest: { available: true, status: '200', timestamp: '20220110123456', url: `${server.origin}/web/20220110123456/${page}` } },
		});
		const client = new WaybackClient(new PoliteFetcher(polite), archiveEndpoints(server.origin));
		expect(await client.closest(page, '2022-01-10')).toEqual({
			found: true,
			address: `${server.origin}/web/20220110123456/${page}`,
			timestamp: '20220110123456',
		});
		expect(server.requests[0]!.url.pathname).toBe('/wayback/available');
		expect(Object.fromEntries(server.requests[0]!.url.searchParams)).toEqual({ url: page, timestamp: '20220110' });
		expect(await client.closest(page)).toEqual({ found: false });
		expect(server.requests[1]!.url.searchParams.has('timestamp')).toBe(false);
		expect(await client.closest(page)).toEqual({ found: false, refused: 'the closest capture (20220110000000) recorded a 404 answer, not the page' });
		await expect(client.closest(page)).rejects.toThrow('the availability API answered with something that is not JSON');
	});

	it('asks Save Page Now at <base>/save/<address>', async () => {
		standIn = await startStandIn((request, response) => {
			response.writeHead(request.url.pathname.endsWith('/refused') ? 403 : 200);
		});
		const client = new WaybackClient(new PoliteFetcher(polite), archiveEndpoints(standIn.origin));
		expect(await client.save('https://example.org/page?x=1')).toEqual({ accepted: true });
		expect(standIn.requests[0]!.url.pathname + standIn.requests[0]!.url.search).toBe('/save/https://example.org/page?x=1');
		expect(await client.save('https://example.org/refused')).toEqual({ accepted: false, problem: 'the archive refused to save it: it answered 403' });
	});
});
