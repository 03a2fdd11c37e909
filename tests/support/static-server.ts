import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';
import { headersFor, parseHeadersFile } from '../../src/lib/headers-file.ts';

const CONTENT_TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.json': 'application/json',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.png': 'image/png',
	'.svg': 'image/svg+xml',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
};

export interface StaticSite {
	/** `http://127.0.0.1:<port>` */
	origin: string;
	close(): Promise<void>;
}

/**
 * Serves a built site as a static host does: `dir/index.html` for `dir/`, `404.html` with
 * status 404 for anything missing, the site mounted under `basePath`, and the response headers
 * of the site's `_headers` file (its Content-Security-Policy among them), as Netlify and
 * Cloudflare Pages send them. Every browser test runs under the production policy. With `gzip`,
 * text is sent compressed, as hosts send it.
 */
export async function serveStatic(root: string, basePath = '/', options: { gzip?: boolean } = {}): Promise<StaticSite> {
	const headersFile = join(root, '_headers');
	const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
	const server: Server = createServer((request, response) => {
		const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
		const inside = pathname.startsWith(basePath) ? pathname.slice(basePath.length - 1) : undefined;
		const candidate = inside === undefined ? undefined : normalize(join(root, inside));
		let file = candidate && (candidate === root || candidate.startsWith(root + sep)) ? candidate : undefined;
		if (file && existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
		const found = file !== undefined && existsSync(file) && statSync(file).isFile();
		const served = found ? file! : join(root, '404.html');
		const siteHeaders = Object.fromEntries(headersFor(rules, inside ?? pathname));
		const type = CONTENT_TYPES[extname(served)] ?? 'application/octet-stream';
		// Text compressed as a host compresses it, for measurements that should see what readers get.
		if (options.gzip && /^(text\/|application\/(json|xml))/.test(type) && /\bgzip\b/.test(String(request.headers['accept-encoding']))) {
			const body = gzipSync(readFileSync(served), { level: 6 });
			response.writeHead(found ? 200 : 404, {
				...siteHeaders,
				'Content-Type': type,
				'Content-Encoding': 'gzip',
				'Content-Length': body.length,
				Vary: 'Accept-Encoding',
			});
			response.end(body);
			return;
		}
		response.writeHead(found ? 200 : 404, { ...siteHeaders, 'Content-Type': type });
		createReadStream(served).pipe(response);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		origin: `http://127.0.0.1:${port}`,
		close: () => new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve()))),
	};
}
