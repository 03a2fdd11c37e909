/**
 * HTTP requests that a public service can live with: one at a time per host, a pause between two
 * requests to the same host, a time limit on each, and retries with growing pauses when the host
 * says it is busy (429) or failing (5xx), waiting as long as its Retry-After asks, within reason.
 * The Internet Archive blocks clients that hammer it; the sources' own sites deserve the same.
 */

export interface PoliteOptions {
	/** Sent with every request, so that a host's operators know who asks and where to complain. */
	userAgent: string;
	/** The pause between the end of one request to a host and the start of the next, in ms. */
	delayMs: number;
	/** How long one request may take, body included, in ms. */
	timeoutMs: number;
	/** How many times a request is tried again after a 429, a 5xx, a time-out or a network error. */
	retries: number;
	/** The longest Retry-After honoured, in ms; a host asking for more is not asked again. */
	maxRetryAfterMs: number;
	fetch?: typeof fetch;
	sleep?: (ms: number) => Promise<void>;
}

export interface PoliteRequest {
	method?: 'GET' | 'HEAD' | 'POST';
	/** Whether the body is wanted; when not, it is discarded unread. */
	readBody?: boolean;
	/** Overrides the time limit for this request (a Save Page Now request takes longer). */
	timeoutMs?: number;
	headers?: Record<string, string>;
}

export interface PoliteResponse {
	status: number;
	/** The address that answered, after redirects. */
	url: string;
	headers: Headers;
	/** The body, when it was asked for; empty otherwise. */
	body: string;
	/** How many times the request was sent. */
	attempts: number;
	/** Why the last answer was not tried again although it was a 429 or 5xx, when that is so. */
	gaveUp?: string;
}

/** A request that got no answer at all: the host could not be reached or took too long. */
export class NoAnswerError extends Error {}

/** An answer far larger than any this command asks for: not read, and not asked for again. */
export class TooLargeError extends Error {}

/** A body larger than this is not what this command asks for (an availability answer is < 1 kB). */
const MAX_BODY_BYTES = 1_000_000;

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class PoliteFetcher {
	readonly #options: Required<PoliteOptions>;
	/** Per host, the end of the last request queued for it: the next one starts after it. */
	readonly #queues = new Map<string, Promise<void>>();
	/** Per host, when its last request ended, to keep the pause between two requests. */
	readonly #lastEnded = new Map<string, number>();

	constructor(options: PoliteOptions) {
		this.#options = { fetch: globalThis.fetch.bind(globalThis), sleep: defaultSleep, ...options };
	}

	/** Waits for the host's turn, then sends the request (and its retries) and returns the last answer. */
	async request(address: string | URL, request: PoliteRequest = {}): Promise<PoliteResponse> {
		const url = new URL(address);
		const host = url.host.toLowerCase();
		const previous = this.#queues.get(host) ?? Promise.resolve();
		let release!: () => void;
		const turn = new Promise<void>((resolve) => (release = resolve));
		this.#queues.set(
			host,
			previous.then(() => turn),
		);
		await previous;
		try {
			return await this.#withRetries(url, host, request);
		} finally {
			this.#lastEnded.set(host, Date.now());
			release();
		}
	}

	async #withRetries(url: URL, host: string, request: PoliteRequest): Promise<PoliteResponse> {
		const { retries, delayMs, maxRetryAfterMs, sleep } = this.#options;
		for (let attempt = 1; ; attempt += 1) {
			await this.#pause(host);
			const backOff = delayMs * 2 ** attempt;
			let response: PoliteResponse;
			try {
				response = await this.#once(url, request, attempt);
			} catch (error) {
				if (!(error instanceof NoAnswerError) || attempt > retries) throw error;
				this.#lastEnded.set(host, Date.now());
				await sleep(backOff);
				continue;
			}
			this.#lastEnded.set(host, Date.now());
			if (response.status !== 429 && response.status < 500) return response;
			if (attempt > retries) return { ...response, gaveUp: `still answered ${response.status} after ${attempt} tries` };
			const asked = retryAfterMs(response.headers.get('retry-after'));
			if (asked !== undefined && asked > maxRetryAfterMs) {
				return {
					...response,
					gaveUp: `asked to wait ${Math.ceil(asked / 1000)} s before asking again, longer than this command waits (${Math.ceil(maxRetryAfterMs / 1000)} s)`,
				};
			}
			await sleep(Math.max(backOff, asked ?? 0));
		}
	}

	/** Keeps the configured pause since the host's last request ended. */
	async #pause(host: string): Promise<void> {
		const ended = this.#lastEnded.get(host);
		if (ended === undefined) return;
		const wait = ended + this.#options.delayMs - Date.now();
		if (wait > 0) await this.#options.sleep(wait);
	}

	async #once(url: URL, request: PoliteRequest, attempt: number): Promise<PoliteResponse> {
		const timeoutMs = request.timeoutMs ?? this.#options.timeoutMs;
		const signal = AbortSignal.timeout(timeoutMs);
		try {
			const response = await this.#options.fetch(url, {
				method: request.method ?? 'GET',
				headers: { 'user-agent': this.#options.userAgent, ...request.headers },
				redirect: 'follow',
				signal,
			});
			let body = '';
			if (request.readBody) body = await readLimited(response);
			else await response.body?.cancel().catch(() => undefined);
			return { status: response.status, url: response.url || url.href, headers: response.headers, body, attempts: attempt };
		} catch (error) {
			if (error instanceof TooLargeError) throw error;
			if (signal.aborted) throw new NoAnswerError(`${url.host} did not answer within ${seconds(timeoutMs)}`);
			throw new NoAnswerError(`${url.host} could not be reached (${reason(error)})`);
		}
	}
}

async function readLimited(response: Response): Promise<string> {
	if (!response.body) return '';
	const chunks: Uint8Array[] = [];
	let size = 0;
	for await (const chunk of response.body as AsyncIterable<Uint8Array>) {
		size += chunk.byteLength;
		if (size > MAX_BODY_BYTES) throw new TooLargeError(`${response.url || 'the host'} sent an answer larger than ${MAX_BODY_BYTES} bytes`);
		chunks.push(chunk);
	}
	return Buffer.concat(chunks).toString('utf8');
}

/** Retry-After in ms: a number of seconds, or an HTTP date. */
export function retryAfterMs(value: string | null, now = Date.now()): number | undefined {
	if (!value) return undefined;
	const trimmed = value.trim();
	if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
	const date = Date.parse(trimmed);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

function seconds(ms: number): string {
	return ms < 1000 ? `${ms} ms` : `${Math.round(ms / 100) / 10} s`;
}

/** The system's reason (ENOTFOUND, ECONNREFUSED, a certificate error), which fetch hides in `cause`. */
function reason(error: unknown): string {
	const cause = (error as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
	if (typeof cause?.code === 'string') return cause.code;
	if (typeof cause?.message === 'string') return cause.message;
	return error instanceof Error ? error.message : String(error);
}
