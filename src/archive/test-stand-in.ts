/**
 * For the tests only: a local stand-in for the archive (and for sources' sites), on 127.0.0.1
 * and a free port, answering what each test tells it to. The command is never pointed at the
 * real archive by a test.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SeenRequest {
	method: string;
	url: URL;
	userAgent: string | undefined;
	at: number;
}

/** What to do with a request: answer it, or `'hang'` to never answer (for time limits). */
export type Route = (request: SeenRequest, response: ServerResponse, incoming: IncomingMessage) => 'hang' | undefined;

export interface StandIn {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	requests: SeenRequest[];
	/** The most requests it was answering at once. */
	maxInFlight: number;
	close(): Promise<void>;
}

export async function startStandIn(route: Route): Promise<StandIn> {
	const requests: SeenRequest[] = [];
	let inFlight = 0;
	const state = { maxInFlight: 0 };
	const server = createServer((incoming, response) => {
		const seen: SeenRequest = {
			method: incoming.method ?? 'GET',
			url: new URL(incoming.url ?? '/', 'http://127.0.0.1'),
			userAgent: incoming.headers['user-agent'],
			at: Date.now(),
		};
		requests.push(seen);
		inFlight += 1;
		state.maxInFlight = Math.max(state.maxInFlight, inFlight);
		let done = false;
		const finish = () => {
			if (!done) inFlight -= 1;
			done = true;
		};
		response.on('close', finish);
		if (route(seen, response, incoming) !== 'hang' && !response.writableEnded) response.end();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		requests,
		get maxInFlight() {
			return state.maxInFlight;
		},
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** Writes a JSON answer. */
export function json(response: ServerResponse, body: unknown, status = 200, headers: Record<string, string> = {}): undefined {
	response.writeHead(status, { 'content-type': 'application/json', ...headers });
	response.end(JSON.stringify(body));
	return undefined;
}
