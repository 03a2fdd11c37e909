import { createRequire } from 'node:module';

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
type Category = (typeof LIGHTHOUSE_CATEGORIES)[number];

interface Audit {
	title: string;
	score: number | null;
	scoreDisplayMode?: string;
	displayValue?: string;
}
interface LighthouseResult {
	lhr: { categories: Partial<Record<Category, { score: number | null; auditRefs: { id: string; weight: number }[] }>>; audits: Record<string, Audit> };
}
type RunLighthouse = (url: string, flags: object) => Promise<LighthouseResult | undefined>;
type LaunchChrome = (options: object) => Promise<{ port: number; kill(): void }>;

export interface Lighthouse {
	run: RunLighthouse;
	launch: LaunchChrome;
	version: string;
}

export const LIGHTHOUSE_MISSING = 'not installed: `npm install --no-save lighthouse chrome-launcher`, then run the benchmark again';

/** Lighthouse, when it is installed: it is no dependency of the site, so its modules are named in variables, not imports. */
export async function loadLighthouse(): Promise<Lighthouse | undefined> {
	const require = createRequire(import.meta.url);
	const [lighthouseName, launcherName] = ['lighthouse', 'chrome-launcher'];
	try {
		const run = ((await import(lighthouseName)) as { default: RunLighthouse }).default;
		const { launch } = (await import(launcherName)) as { launch: LaunchChrome };
		return { run, launch, version: (require(`${lighthouseName}/package.json`) as { version: string }).version };
	} catch {
		return undefined;
	}
}

export interface LighthouseRun {
	scores: Record<Category, number>;
	/** The audits that cost points, by category: what to fix to reach 100. */
	failing: string[];
	metrics: string;
}

const METRICS = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];

/**
 * Lighthouse's mobile audit (its default: a mid-range phone on a throttled connection,
 * simulated) of each address, `runs` times, in one Chromium launched with the tests' flags: a
 * request to any other server dies on a proxy that does not exist.
 */
export async function lighthouseRuns(
	lighthouse: Lighthouse,
	urls: string[],
	chromiumPath: string,
	runs: number,
	categories: readonly Category[] = LIGHTHOUSE_CATEGORIES,
): Promise<Map<string, LighthouseRun[]>> {
	const chrome = await lighthouse.launch({
		chromePath: chromiumPath,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--proxy-server=http://127.0.0.1:9'],
	});
	const results = new Map<string, LighthouseRun[]>();
	try {
		for (const url of urls) {
			const list: LighthouseRun[] = [];
			for (let run = 0; run < runs; run += 1) {
				const result = await lighthouse.run(url, { port: chrome.port, onlyCategories: [...categories], output: 'json', logLevel: 'error' });
				if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
				const { categories: scored, audits } = result.lhr;
				const scores = Object.fromEntries(categories.map((category) => [category, Math.round((scored[category]?.score ?? 0) * 100)])) as Record<
					Category,
					number
				>;
				const failing = categories.flatMap((category) =>
					(scored[category]?.auditRefs ?? [])
						.filter((ref) => ref.weight > 0 && audits[ref.id] && audits[ref.id]!.score !== null && audits[ref.id]!.score! < 1)
						.map((ref) => `${category}: ${audits[ref.id]!.title}${audits[ref.id]!.displayValue ? ` (${audits[ref.id]!.displayValue})` : ''}`),
				);
				const metrics = METRICS.map((id) => `${audits[id]?.title} ${audits[id]?.displayValue ?? ''}`.trim()).join(', ');
				list.push({ scores, failing, metrics });
			}
			results.set(url, list);
		}
	} finally {
		chrome.kill();
	}
	return results;
}
