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
	return existsSync(file) ? readFileSync(file, 'utf8') : "# Benchmarks\n\nFigures measured on this project's own machine. Benchmarks are scripts, never timed tests.\n";
}
