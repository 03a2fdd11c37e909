import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

function javaOnPath(): string | undefined {
	const fromEnv = process.env.JAVA_HOME ? `${process.env.JAVA_HOME}/bin/java` : undefined;
	if (fromEnv && existsSync(fromEnv)) return fromEnv;
	return spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0 ? 'java' : undefined;
}

/**
 * A Java runtime for the W3C Nu HTML checker (vnu.jar): `JAVA_HOME`'s, the one on the PATH, or,
 * running as root on Debian or Ubuntu, Debian's `default-jre-headless`, installed here. Only when
 * there is none does it stop, saying what to install.
 */
export function findOrInstallJava(): string {
	const found = javaOnPath();
	if (found) return found;
	const isRoot = process.getuid?.() === 0;
	const isDebian = existsSync('/etc/debian_version') && existsSync('/usr/bin/apt-get');
	if (isRoot && isDebian) {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		console.log('[java] apt-get install default-jre-headless');
		const installed =
			spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0 &&
			spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'default-jre-headless'], { stdio: 'inherit', env }).status === 0;
		const java = installed ? javaOnPath() : undefined;
		if (java) return java;
	}
	throw new Error('No Java runtime for the HTML checker (vnu.jar). Install one (Debian/Ubuntu: `sudo apt-get install default-jre-headless`) or set JAVA_HOME.');
}
