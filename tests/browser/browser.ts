import { type Browser, type BrowserContextOptions, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';

/**
 * Any request that would leave this machine goes to a proxy that does not exist, so it dies
 * here; the tests also record it and fail. Chromium's own background traffic is switched off.
 */
const CHROMIUM_ARGS = [
	'--proxy-server=http://127.0.0.1:9',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

export interface OpenedPage {
	page: Page;
	/** Requests to anything but the site under test. */
	offSiteRequests: string[];
	/** Console errors and uncaught exceptions. */
	errors: string[];
	status: number | undefined;
}

/**
 * One Chromium for the whole test file, launched before its tests and closed after them, and
 * pages opened on one of the built sites: the real one, the search fixture, or its mirror build.
 */
export function useBrowser(site: 'real' | 'search' | 'mirror' = 'real') {
	let browser: Browser | undefined;
	const origin = inject(({ real: 'siteOrigin', search: 'searchSiteOrigin', mirror: 'mirrorOrigin' } as const)[site]);

	beforeAll(async () => {
		browser = await chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
	});
	afterAll(async () => {
		await browser?.close();
	});

	async function open(path: string, options: BrowserContextOptions = {}): Promise<OpenedPage> {
		if (!browser) throw new Error('the browser is not running');
		const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
		const page = await context.newPage();
		const offSiteRequests: string[] = [];
		const errors: string[] = [];
		page.on('request', (request) => {
			if (!request.url().startsWith(`${origin}/`)) offSiteRequests.push(request.url());
		});
		page.on('console', (message) => {
			if (message.type() === 'error') errors.push(message.text());
		});
		page.on('pageerror', (error) => errors.push(error.message));
		// Every site is served with its _headers policy: anything the policy blocks is an error.
		await page.addInitScript(() => {
			document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`));
		});
		const response = await page.goto(`${origin}${path}`, { waitUntil: 'load' });
		return { page, offSiteRequests, errors, status: response?.status() };
	}

	return { open, origin };
}
