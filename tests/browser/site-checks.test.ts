import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, type Message } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { DEFAULT_SITE_URL } from '../../src/lib/site-env.ts';
import { PROJECT_ROOT } from '../support/build-site.ts';
import { checkLinks, referencesIn } from '../support/link-check.ts';
import { type BuiltSite, htmlPages, parsePage, servedPath } from '../support/site-files.ts';
import { type OpenedPage, useBrowser } from './browser.ts';
import { MIRROR_BASE, MIRROR_ORIGIN } from './global-setup.ts';

/*
 * Checks of the built files themselves, on every page of every build: valid HTML, every link of
 * ours arriving, no address with a scheme a reader's browser should not follow, and (in Chromium)
 * no request to another server and no console error.
 */

const siteDirs = inject('siteDirs');

/** The three builds, with the SITE_URL and BASE_PATH global-setup.ts builds each with. */
const SITES: BuiltSite[] = [
	{ name: 'real', dir: siteDirs.real, origin: DEFAULT_SITE_URL, base: '/' },
	{ name: 'search', dir: siteDirs.search, origin: DEFAULT_SITE_URL, base: '/' },
	{ name: 'mirror', dir: siteDirs.mirror, origin: MIRROR_ORIGIN, base: MIRROR_BASE },
];

const HTML_VALIDATE_CONFIG = join(PROJECT_ROOT, '.htmlvalidate.json');

/**
 * Every rule `.htmlvalidate.json` sets otherwise than html-validate:recommended, and why (JSON
 * has no comments and html-validate refuses unknown keys, so the reasons live here). A test
 * below fails when the file changes a rule this list does not explain.
 */
const RULE_CHANGES: Record<string, string> = {
	'long-title':
		'raised from 70 to 150 characters: a piece’s <title> is its headline, which the content schema allows up to 140 characters, ' +
		'then “ | Dossier”. Search engines shortening a long headline is no reason to cut it for readers and screen readers.',
	'require-sri':
		'turned on (the recommended preset leaves it off) for scripts and stylesheets from other origins: there must be none, and ' +
		'one added by mistake must name its hash. Not for our own files: they come from the server that serves the page which ' +
		'would carry their hashes, so whoever could alter them could alter the hashes too (and Astro writes their tags itself).',
};

/** Rules the site relies on: its Content-Security-Policy refuses inline styles and off-site scripts; fragments need unique ids. */
const RULES_KEPT_ON = ['require-sri', 'no-inline-style', 'no-dup-id'];

function validator(): HtmlValidate {
	return new HtmlValidate(new FileSystemConfigLoader({ extends: [HTML_VALIDATE_CONFIG] }));
}

/** `real/about/index.html:1:2300 no-dup-id Duplicate ID "x" (html > body > main > p)`: what to fix, and where. */
function formatMessage(file: string, message: Message): string {
	return `${file}:${message.line}:${message.column} ${message.ruleId} ${message.message}${message.selector ? ` (${message.selector})` : ''}`;
}

async function invalidHtml(site: BuiltSite): Promise<string[]> {
	const htmlvalidate = validator();
	const failures: string[] = [];
	for (const page of htmlPages(site.dir)) {
		const report = await htmlvalidate.validateFile(join(site.dir, page));
		for (const result of report.results) failures.push(...result.messages.map((message) => formatMessage(`${site.name}/${page}`, message)));
	}
	return failures;
}

/**
 * The errors the W3C Nu HTML checker (vnu.jar, the checker behind validator.w3.org) finds in
 * the pages of a folder, one line each. Its warnings are left out: the one it gives our pages
 * is that the Content-Security-Policy blocks our own files, which it reads from file: addresses.
 */
const NU_CHECKER = createRequire(import.meta.url).resolve('vnu-jar/build/dist/vnu.jar');

function nuCheckerErrors(dir: string): string[] {
	const run = spawnSync(inject('javaPath'), ['-jar', NU_CHECKER, '--errors-only', '--skip-non-html', '--format', 'json', dir], {
		encoding: 'utf8',
		maxBuffer: 64 * 1024 * 1024,
	});
	if (run.error) throw run.error;
	const { messages } = JSON.parse(run.stderr || '{"messages":[]}') as { messages: { type: string; url?: string; lastLine?: number; message: string }[] };
	if (run.status !== 0 && messages.length === 0) throw new Error(`the Nu checker did not run:\n${run.stdout}`);
	return messages.map((message) => `${(message.url ?? '').replace(`file:${dir}`, '')}:${message.lastLine ?? '?'} ${message.type}: ${message.message}`);
}

describe('the W3C Nu HTML checker', () => {
	it('reports what follows </html> and a stray end tag', () => {
		const dir = mkdtempSync(join(tmpdir(), 'dossier-nu-'));
		try {
			writeFileSync(
				join(dir, 'index.html'),
				'<!doctype html><html lang="en"><head><title>t</title></head><body><p>x</p></div></body></html><script src="a.js"></script>',
			);
			const errors = nuCheckerErrors(dir);
			expect(errors.join('\n')).toMatch(/Stray end tag “div”/);
			expect(errors.join('\n')).toMatch(/Stray start tag “script”/);
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	});
});

describe('the html-validate configuration', () => {
	const config = JSON.parse(readFileSync(HTML_VALIDATE_CONFIG, 'utf8')) as { extends: string[]; rules?: Record<string, unknown> };

	it('extends the recommended rules and changes only rules whose reason is written here', () => {
		expect(config.extends).toEqual(['html-validate:recommended']);
		expect(Object.keys(config.rules ?? {}).sort()).toEqual(Object.keys(RULE_CHANGES).sort());
	});

	it('reports inline styles, duplicate ids and an off-site script without integrity', async () => {
		const page = `<!doctype html><html lang="en"><head><title>t</title><script src="https://cdn.example/x.js"></script></head>
			<body><main><p id="a" style="color: red">x</p><p id="a">y</p></main></body></html>`;
		const report = await validator().validateString(page);
		const rules = report.results.flatMap((result) => result.messages.map((message) => message.ruleId));
		expect(rules).toEqual(expect.arrayContaining(RULES_KEPT_ON));
	});
});

describe.each(SITES)('every page of the $name build', (site) => {
	it('is valid HTML', async () => {
		expect(htmlPages(site.dir).length).toBeGreaterThan(10);
		expect(await invalidHtml(site)).toEqual([]);
	});

	it('has no error the W3C Nu HTML checker finds', () => {
		expect(nuCheckerErrors(site.dir)).toEqual([]);
	});

	it('writes nothing after </html>, which html-validate lets pass and the W3C checker does not', () => {
		const trailing = htmlPages(site.dir).filter((path) => !/<\/html>\s*$/.test(readFileSync(join(site.dir, path), 'utf8')));
		expect(trailing).toEqual([]);
	});

	it('is published at the address these checks assume', () => {
		const home = referencesIn(parsePage(join(site.dir, 'index.html')));
		expect(home.find((reference) => reference.rel.includes('canonical'))?.value).toBe(`${site.origin}${site.base}`);
	});

	it('links only to files and #fragments that exist, inside the base path, with http(s) or mailto addresses', () => {
		const report = checkLinks(site);
		expect(report.failures).toEqual([]);
		// Hundreds of links of ours and some to sources: the checks did look at something.
		expect(report.internal).toBeGreaterThan(100);
		expect(report.external.size).toBeGreaterThan(5);
	});
});

describe('the link check itself', () => {
	function tinySite(pages: Record<string, string>): BuiltSite {
		const dir = mkdtempSync(join(tmpdir(), 'dossier-link-check-'));
		for (const [path, body] of Object.entries(pages)) {
			mkdirSync(dirname(join(dir, path)), { recursive: true });
			writeFileSync(join(dir, path), path.endsWith('.html') ? `<!doctype html><html lang="en"><head><title>t</title></head><body>${body}</body></html>` : body);
		}
		return { name: 'tiny', dir, origin: 'https://tiny.example', base: '/sub/' };
	}

	it('reports every kind of broken address, and nothing else', () => {
		const site = tinySite({
			'index.html': [
				'<a id="top" href="#top">fine</a> <a href="about/#team">fine</a> <a href="/sub/about/">fine</a> <a href="https://tiny.example/sub/about/">fine</a>',
				'<a href="mailto:desk@tiny.example">fine</a> <a href="https://elsewhere.example/" rel="noopener noreferrer" referrerpolicy="no-referrer">fine</a>',
				'<a href="about/#nobody">bad fragment</a> <a href="#">bare</a> <a href="/sub/missing/">missing</a> <a href="/about/">outside the base</a>',
				'<a href="javascript:alert(1)">script</a> <img alt="" src="data:image/png;base64,AAAA"> <img alt="" srcset="/sub/a.png 1x, mailto:x 2x">',
				'<script src="https://cdn.example/x.js"></script> <form action="https://elsewhere.example/"></form> <a href="https://elsewhere.example/">leaks the referrer</a>',
			].join('\n'),
			'about/index.html': '<h2 id="team">Team</h2>',
			'a.png': '',
			'404.html': '<a href="about/">relative</a> <a href="/sub/about/">fine</a>',
		});
		try {
			const problems = checkLinks(site).failures.map((failure) => failure.replace(/^tiny\/(\S+):\d+:\d+ /, '$1 '));
			expect(problems).toEqual([
				'404.html <a href="about/"> is relative, but the 404 page is served at any address',
				'index.html <a href="about/#nobody"> names #nobody, which is no id of about/index.html',
				'index.html <a href="#"> is a bare "#", which names no element of index.html',
				'index.html <a href="/sub/missing/"> names no file of the build',
				'index.html <a href="/about/"> leaves the site\'s base path /sub/',
				'index.html <a href="javascript:alert(1)"> uses the javascript: scheme; only http and https are allowed',
				'index.html <img src="data:image/png;base64,AAAA"> uses the data: scheme; only http and https are allowed',
				'index.html <img srcset="mailto:x"> uses the mailto: scheme; only http and https are allowed',
				'index.html <script src="https://cdn.example/x.js"> is fetched from another origin (https://cdn.example); pages load nothing from another server',
				'index.html <form action="https://elsewhere.example/"> sends the form to another origin (https://elsewhere.example)',
				'index.html <a href="https://elsewhere.example/"> links to another site without rel="noreferrer" and referrerpolicy="no-referrer"',
			]);
		} finally {
			rmSync(site.dir, { recursive: true, force: true });
		}
	});
});

/**
 * One tab per build that goes from page to page as a reader does, and what each visit recorded:
 * a fresh browser context for every page costs about a second each on a busy two-core machine,
 * a navigation in the same tab a fifth of that.
 */
function useReaderTab(site: 'real' | 'search') {
	const { open, origin } = useBrowser(site);
	let tab: OpenedPage | undefined;
	return async function visit(path: string): Promise<Omit<OpenedPage, 'page'>> {
		if (!tab) {
			tab = await open(path);
			return { status: tab.status, offSiteRequests: [...tab.offSiteRequests], errors: [...tab.errors] };
		}
		const before = { requests: tab.offSiteRequests.length, errors: tab.errors.length };
		const response = await tab.page.goto(`${origin}${path}`, { waitUntil: 'load' });
		return { status: response?.status(), offSiteRequests: tab.offSiteRequests.slice(before.requests), errors: tab.errors.slice(before.errors) };
	};
}

/*
 * Every page in Chromium, one after another (the machine may have two cores), one browser per
 * build at a time. The mirror is the search fixture again under a sub-path: the static checks
 * above cover its addresses, mirror.test.ts its pages in the browser.
 */
describe.each(['real', 'search'] as const)('every page of the %s build, in Chromium', (site) => {
	const visit = useReaderTab(site);

	it.each(htmlPages(siteDirs[site]).map((page) => `/${servedPath(page)}`))('%s asks nothing of another origin and logs no error', async (path) => {
		const { status, offSiteRequests, errors } = await visit(path);
		expect(status).toBe(200);
		expect({ offSiteRequests, errors }).toEqual({ offSiteRequests: [], errors: [] });
	});
});
