import { execFileSync, spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

export interface MeasuredRun {
	seconds: number;
	/** The highest total resident memory of the process and all its children at any moment, in bytes. */
	peakRssBytes: number;
	/**
	 * The processor time the command and every process below it used, user and system: unlike the
	 * wall time, it grows little when other work shares the machine.
	 */
	cpuSeconds: number;
	exitCode: number;
	output: string;
}

/** Resident memory of `root` and every process below it, from /proc (Linux). */
function treeRss(root: number): number {
	const parents = new Map<number, number>();
	for (const name of readdirSync('/proc')) {
		if (!/^\d+$/.test(name)) continue;
		try {
			// The command name may contain spaces and parentheses: the fields after the last ')' are safe.
			const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
			parents.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const inTree = (pid: number): boolean => pid === root || (parents.has(pid) && pid > 1 && inTree(parents.get(pid)!));
	let total = 0;
	for (const pid of parents.keys()) {
		if (!inTree(pid)) continue;
		try {
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
			total += Number(rss ?? 0) * 1024;
		} catch {
			// Gone.
		}
	}
	return total;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

/**
 * Processor time of this process's children that have ended, with theirs (Linux): a command run to
 * its end adds its whole tree, as each process waited for its own.
 */
export function childrenCpuSeconds(): number {
	const stat = readFileSync('/proc/self/stat', 'utf8');
	// After the command name: state is field 3, cutime and cstime fields 16 and 17.
	const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
	return (Number(fields[13]) + Number(fields[14])) / TICKS_PER_SECOND;
}

/**
 * Runs a command to its end, timing it, sampling its memory (with its children's) every 50 ms
 * and adding up its processor time. One command at a time: the processor time is that of every
 * child this process waited for meanwhile.
 */
export function runMeasured(command: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<MeasuredRun> {
	const started = performance.now();
	const cpuBefore = childrenCpuSeconds();
	return new Promise((resolve, reject) => {
		const child = spawn(command, args, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		let peakRssBytes = 0;
		const sampler = setInterval(() => {
			if (child.pid) peakRssBytes = Math.max(peakRssBytes, treeRss(child.pid));
		}, 50);
		child.on('error', reject);
		child.on('close', (code) => {
			clearInterval(sampler);
			resolve({ seconds: (performance.now() - started) / 1000, peakRssBytes, cpuSeconds: childrenCpuSeconds() - cpuBefore, exitCode: code ?? 1, output });
		});
	});
}
