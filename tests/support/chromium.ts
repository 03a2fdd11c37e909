import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

function installedChromium(): string | undefined {
	const fromEnv = process.env.CHROME_PATH;
	if (fromEnv) {
		if (!existsSync(fromEnv)) throw new Error(`CHROME_PATH is set to ${fromEnv}, which does not exist`);
		return fromEnv;
	}
	const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path));
	if (system) return system;
	const playwrights = chromium.executablePath();
	return playwrights && existsSync(playwrights) ? playwrights : undefined;
}

function run(command: string, args: string[]): boolean {
	console.log(`[chromium] ${command} ${args.join(' ')}`);
	const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
	return result.status === 0;
}

/**
 * A Chromium for the browser tests: `CHROME_PATH`, a system Chromium, or one Playwright
 * installed. Where there is none, it gets one: Debian's `chromium` package when running as
 * root on Debian or Ubuntu, else Playwright's download. Only when both fail does it stop.
 */
export function findOrInstallChromium(): string {
	const found = installedChromium();
	if (found) return found;

	const isRoot = process.getuid?.() === 0;
	const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (isRoot && isDebian && run('apt-get', ['update', '-qq']) && run('apt-get', ['install', '-y', '-qq', 'chromium'])) {
		const installed = installedChromium();
		if (installed) return installed;
	}
	if (run('npx', ['playwright-core', 'install', 'chromium'])) {
		const installed = installedChromium();
		if (installed) return installed;
	}
	throw new Error(
		'No Chromium for the browser tests. Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright-core install chromium`) or set CHROME_PATH to a Chrome or Chromium executable.',
	);
}
