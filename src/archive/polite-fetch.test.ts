import { afterEach, describe, expect, it } from 'vitest';
import { NoAnswerError, PoliteFetcher, retryAfterMs, type PoliteOptions } from './polite-fetch.ts';
import { startStandIn, type Route, type StandIn } from './test-stand-in.ts';

let standIn: StandIn | undefined;
afterEach(async () => {
	await standIn?.close();
	standIn = undefined;
});

const options: PoliteOptions = { userAgent: 'Dossier archive:sources (test)', delayMs: 40, timeoutMs: 300, retries: 2, maxRetryAfterMs: 2_000 };

async function serve(route: Route): Promise<StandIn> {
	standIn = await startStandIn(route);
	return standIn;
}

describe('PoliteFetcher', () => {
	it('sends one request at a time to a host, with the pause between them, and says who asks', async () => {
		const server = await serve((_, response) => {
			setTimeout(() => response.end('ok'), 20);
			return 'hang';
		});
		const fetcher = new PoliteFetcher(options);
		const answers = await Promise.all([1, 2, 3].map((n) => fetcher.request(`${server.origin}/page/${n}`, { readBody: true })));
		expect(answers.map((answer) => [answer.status, answer.body])).toEqual([
			[200, 'ok'],
			[200, 'ok'],
			[200, 'ok'],
		]);
		expect(server.maxInFlight).toBe(1);
		const times = server.requests.map((request) => request.at);
		// Each starts after the previous answer (20 ms) and the pause (40 ms).
		for (let i = 1; i < times.length; i += 1) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(55);
		expect(new Set(server.requests.map((request) => request.userAgent))).toEqual(new Set(['Dossier archive:sources (test)']));
	});

	it('asks again after a 429, waiting as long as Retry-After says', async () => {
		let calls = 0;
		const server = await serve((_, response) => {
			calls += 1;
			if (calls === 1) {
				response.writeHead(429, { 'retry-after': '1' });
				return;
			}
			response.end('at last');
		});
		const answer = await new PoliteFetcher(options).request(`${server.origin}/x`, { readBody: true });
		expect([answer.status, answer.body, answer.attempts]).toEqual([200, 'at last', 2]);
		expect(server.requests[1]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(990);
	});

	it('backs off on 5xx and gives the last answer once its retries are spent', async () => {
		const server = await serve((request, response) => {
			response.writeHead(request.url.pathname === '/flaky' && server.requests.length >= 3 ? 200 : 503);
		});
		const fetcher = new PoliteFetcher(options);
		const flaky = await fetcher.request(`${server.origin}/flaky`);
		expect([flaky.status, flaky.attempts]).toEqual([200, 3]);
		const down = await fetcher.request(`${server.origin}/down`);
		expect([down.status, down.attempts]).toEqual([503, 3]);
		expect(down.gaveUp).toBe('still answered 503 after 3 tries');
		// Back-off: 80 ms, then 160 ms, between the tries of /down.
		const tries = server.requests.filter((request) => request.url.pathname === '/down').map((request) => request.at);
		expect(tries[1]! - tries[0]!).toBeGreaterThanOrEqual(75);
		expect(tries[2]! - tries[1]!).toBeGreaterThanOrEqual(155);
	});

	it('does not wait longer than it is willing to when Retry-After asks for more', async () => {
		const server = await serve((_, response) => {
			response.writeHead(429, { 'retry-after': '3600' });
		});
		const answer = await new PoliteFetcher(options).request(`${server.origin}/busy`);
		expect([answer.status, answer.attempts]).toEqual([429, 1]);
		expect(answer.gaveUp).toBe('asked to wait 3600 s before asking again, longer than this command waits (2 s)');
	});

	it('gives up on a host that never answers, after its retries, saying so', async () => {
		const server = await serve(() => 'hang');
		const fetcher = new PoliteFetcher({ ...options, timeoutMs: 100, retries: 1 });
		const error = await fetcher.request(`${server.origin}/silent`).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NoAnswerError);
		expect((error as Error).message).toBe(`${new URL(server.origin).host} did not answer within 100 ms`);
		expect(server.requests).toHaveLength(2);
	});

	it('says when a host cannot be reached at all', async () => {
		const server = await serve(() => undefined);
		const origin = server.origin;
		await server.close();
		standIn = undefined;
		const error = await new PoliteFetcher({ ...options, retries: 0 }).request(`${origin}/`).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(NoAnswerError);
		expect((error as Error).message).toMatch(/could not be reached \(ECONNREFUSED\)/);
	});
});

describe('retryAfterMs', () => {
	it('reads seconds and HTTP dates', () => {
		expect(retryAfterMs('120')).toBe(120_000);
		expect(retryAfterMs(new Date(Date.UTC(2030, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2030, 0, 1))).toBe(30_000);
		expect(retryAfterMs('soon')).toBeUndefined();
		expect(retryAfterMs(null)).toBeUndefined();
	});
});
