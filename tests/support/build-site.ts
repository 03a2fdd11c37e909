import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface BuildResult {
	exitCode: number;
	/** stdout and stderr together, as an editor would see them. */
	output: string;
}

/**
 * This process's environment without what Vitest adds to it. Vitest sets BASE_URL, MODE, DEV,
 * PROD and SSR in `process.env`; Astro reads `import.meta.env.*` from `process.env` at build
 * time, so a build started from a test would inherit BASE_URL=/ and ignore BASE_PATH.
 */
export function buildEnvironment(): NodeJS.ProcessEnv {
	const vitestKeys = new Set(['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'TEST']);
	return Object.fromEntries(Object.entries(process.env).filter(([key]) => !vitestKeys.has(key) && !key.startsWith('VITEST')));
}

/**
 * Builds the site as `npm run build` does (scripts/build.ts: Astro, then the search index and
 * manifest.json), with this Node (the project's Node 24), and collects what it prints. `env` sets
 * CONTENT_DIR, BASE_PATH and the like.
 */
export async function buildSite(options: { outDir: string; env?: Record<string, string> }): Promise<BuildResult> {
	// Astro keeps its prerendered chunks in `<outDir>/.prerender/` when outDir is inside the
	// project, and in the project's own `.astro/` when it is not, where two builds at once would
	// overwrite each other's. So each build writes into a folder of its own inside the project,
	// and whatever it wrote, finished or not, is then moved to outDir.
	await mkdir(BUILDS_DIR, { recursive: true });
	const work = await mkdtemp(join(BUILDS_DIR, 'build-'));
	const builtDir = join(work, 'dist');
	try {
		const result = await runBuild(builtDir, options.env ?? {});
		if (existsSync(builtDir)) await cp(builtDir, options.outDir, { recursive: true });
		return result;
	} finally {
		await rm(work, { recursive: true, force: true });
	}
}

const BUILDS_DIR = join(PROJECT_ROOT, 'node_modules/.cache/dossier-test-builds');

function runBuild(outDir: string, env: Record<string, string>): Promise<BuildResult> {
	const build = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, [build, '--outDir', outDir], {
			cwd: PROJECT_ROOT,
			env: { ...buildEnvironment(), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		});
		let output = '';
		child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
		child.on('error', reject);
		child.on('close', (code) => resolve({ exitCode: code ?? 1, output }));
	});
}
