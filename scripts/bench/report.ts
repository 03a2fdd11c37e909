import { existsSync, readFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';

/** The middle value: what the benchmarks report of repeated runs. */
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** "2 × AMD EPYC, 24 GiB, Node v24…, Chromium 156…": the machine a figure was measured on. */
export async function machineDescription(chromiumPath: string): Promise<string> {
	const browser = await chromium.launch({ executablePath: chromiumPath, args: ['--no-sandbox'] });
	const version = browser.version();
	await browser.close();
	return `${cpus().length} × ${cpus()[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, Chromium ${version}`;
}

/** BENCHMARKS.md as it stands, or its heading when there is none yet. */
export function benchmarksText(file: string): string {
	return existsSync(file)
		? readFileSync(file, 'utf8')
		: "# Benchmarks\n\nFigures measured on this project's own machine. Benchmarks are scripts, never timed tests.\n";
}

/**
 * The build section, keeping the rows (and verdicts) of corpus sizes this run did not measure,
 * with the date they were measured on: a run at 1,000 pieces alone does not erase the 5,000 row.
 */
export function keepUnmeasuredSizes(previous: string, next: string, sizes: number[]): string {
	const measured = new Set(sizes.map((size) => size.toLocaleString('en')));
	const date = /Measured by `npm run bench` on (\d{4}-\d{2}-\d{2})/.exec(previous)?.[1] ?? 'an earlier date';
	const unmeasured = (pattern: RegExp) =>
		previous.split('\n').filter((line) => {
			const size = pattern.exec(line)?.[1];
			return size !== undefined && !measured.has(size);
		});
	const label = `(earlier run, ${date})`;
	const rows = unmeasured(/^\| ([\d,]+)[ (]/).map((line) => (line.includes('(earlier run') ? line : line.replace(/^(\| [\d,]+)/, `$1 ${label}`)));
	const verdicts = unmeasured(/^- ([\d,]+) pieces[ :]/).map((line) =>
		line.includes('(earlier run') ? line : line.replace(/^(- [\d,]+ pieces)/, `$1 ${label}`),
	);
	if (rows.length === 0) return next;
	return next
		.replace(/(\n\| [\d,]+ \|[^\n]*)(\n\nAgainst the targets)/, `$1\n${rows.join('\n')}$2`)
		.replace(/(\n- [\d,]+ pieces:[^\n]*)(\n\n## Article page)/, `$1\n${verdicts.join('\n')}$2`);
}

/**
 * When this run could not run Lighthouse, the score of the last run that did, with its date,
 * rather than no score at all.
 */
export function keepEarlierLighthouse(previous: string, next: string): string {
	if (!next.includes('\nLighthouse: not measured')) return next;
	const earlier = /\n(Lighthouse [^\n]*performance score[^\n]*)/.exec(previous)?.[1];
	if (!earlier) return next;
	const date = /Measured by `npm run bench` on (\d{4}-\d{2}-\d{2})/.exec(previous)?.[1] ?? 'an earlier date';
	const dated = earlier.startsWith('Lighthouse (measured on ')
		? earlier
		: earlier.replace(/^Lighthouse /, `Lighthouse (measured on ${date}, not in this run) `);
	return next.replace(/(\nLighthouse: not measured[^\n]*)/, `$1\n\n${dated}`);
}
