/**
 * Fails when package-lock.json installs a package at a version that a known security advisory
 * affects. `npm audit` would do this, but it needs an advisory service that the build machines
 * cannot reach; this check reads the lockfile against tests/unit/known-advisories.ts offline.
 */
import { readFileSync } from 'node:fs';
import { compare, valid } from 'semver';
import { describe, expect, it } from 'vitest';
import { ACCEPTED_UNTIL_FIXED, type AffectedRange, KNOWN_ADVISORIES, type KnownAdvisory } from './known-advisories.ts';

// ---- Versions -------------------------------------------------------------------------------

/** Negative when `a` comes before `b`, by semver's precedence: 7.2.8-beta.1 < 7.2.8. */
function compareVersions(a: string, b: string): number {
	for (const version of [a, b]) if (!valid(version)) throw new Error(`"${version}" is not a semantic version`);
	return compare(a, b);
}

function isInRange(version: string, range: AffectedRange): boolean {
	const fromIntroduced = range.introduced === undefined || compareVersions(version, range.introduced) >= 0;
	return fromIntroduced && compareVersions(version, range.fixed) < 0;
}

// ---- The lockfile ---------------------------------------------------------------------------

interface LockfileEntry {
	version?: string;
	/** The real package name, where the path holds an alias (`npm:string-width@4`). */
	name?: string;
}

interface Lockfile {
	packages?: Record<string, LockfileEntry>;
}

interface VulnerablePackage {
	/** Where it is installed, e.g. `node_modules/vite/node_modules/esbuild`. */
	path: string;
	version: string;
	advisory: KnownAdvisory;
	fixed: string;
}

/** The package installed at a lockfile path: the name after its last `node_modules/`. */
function installedPackageName(path: string, entry: LockfileEntry): string | undefined {
	const marker = 'node_modules/';
	const at = path.lastIndexOf(marker);
	if (at === -1) return undefined;
	return entry.name ?? path.slice(at + marker.length);
}

/** Every installed package, at any depth, whose version an advisory affects. */
function findVulnerablePackages(lockfile: Lockfile, advisories: readonly KnownAdvisory[] = KNOWN_ADVISORIES): VulnerablePackage[] {
	const found: VulnerablePackage[] = [];
	for (const [path, entry] of Object.entries(lockfile.packages ?? {})) {
		const name = installedPackageName(path, entry);
		const version = entry.version;
		if (!name || !version) continue;
		for (const advisory of advisories) {
			if (advisory.package !== name) continue;
			const range = advisory.affected.find((candidate) => isInRange(version, candidate));
			if (range) found.push({ path, version, advisory, fixed: range.fixed });
		}
	}
	return found;
}

function describeFinding({ path, version, advisory, fixed }: VulnerablePackage): string {
	return `${path}@${version}: ${advisory.id} (${advisory.summary}); fixed in ${fixed}`;
}

function readProjectLockfile(): Lockfile {
	return JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8')) as Lockfile;
}

// ---- Tests ----------------------------------------------------------------------------------

describe('compareVersions', () => {
	it('orders releases by major, minor and patch as numbers', () => {
		expect(compareVersions('7.2.7', '7.2.8')).toBeLessThan(0);
		expect(compareVersions('7.10.0', '7.9.9')).toBeGreaterThan(0);
		expect(compareVersions('0.35.4', '0.35.4')).toBe(0);
		expect(compareVersions('8.0.16', '8.0.5')).toBeGreaterThan(0);
	});

	it('puts a prerelease before its release and orders prereleases by semver rules', () => {
		expect(compareVersions('7.2.8-beta.1', '7.2.8')).toBeLessThan(0);
		expect(compareVersions('7.2.8', '7.2.8-beta.1')).toBeGreaterThan(0);
		expect(compareVersions('7.2.8-beta.2', '7.2.8-beta.10')).toBeLessThan(0);
		expect(compareVersions('7.2.8-alpha', '7.2.8-beta')).toBeLessThan(0);
		expect(compareVersions('7.2.8-beta', '7.2.8-beta.1')).toBeLessThan(0);
		expect(compareVersions('7.2.8-1', '7.2.8-alpha')).toBeLessThan(0);
		expect(compareVersions('7.2.9-beta.1', '7.2.8')).toBeGreaterThan(0);
	});

	it('ignores build metadata and refuses what is not a version', () => {
		expect(compareVersions('1.0.0+build.5', '1.0.0')).toBe(0);
		expect(() => compareVersions('latest', '1.0.0')).toThrow(/not a semantic version/);
	});
});

describe('the advisory check', () => {
	const lockfileWith = (packages: Record<string, LockfileEntry>): Lockfile => ({ packages: { '': { version: '0.1.0' }, ...packages } });

	it('catches astro 7.2.7, which the AVIF remote code execution affects', () => {
		const found = findVulnerablePackages(lockfileWith({ 'node_modules/astro': { version: '7.2.7' } }));
		expect(found.map((finding) => finding.advisory.id)).toContain('GHSA-26w7-cxv4-gfx2');
		expect(found.find((finding) => finding.advisory.id === 'GHSA-26w7-cxv4-gfx2')?.fixed).toBe('7.2.8');
	});

	it('catches a prerelease of the fixed version and passes the fixed version', () => {
		const ids = (version: string) => findVulnerablePackages(lockfileWith({ 'node_modules/sharp': { version } })).map((finding) => finding.advisory.id);
		expect(ids('0.35.4-rc.1')).toContain('GHSA-rgj7-g3m4-5g8c');
		expect(ids('0.35.4')).not.toContain('GHSA-rgj7-g3m4-5g8c');
	});

	it('looks at nested copies as well as the top-level one', () => {
		const found = findVulnerablePackages(
			lockfileWith({
				'node_modules/sharp': { version: '0.35.5' },
				'node_modules/astro/node_modules/sharp': { version: '0.34.5' },
			}),
		);
		expect(found.map((finding) => finding.path)).toEqual(['node_modules/astro/node_modules/sharp', 'node_modules/astro/node_modules/sharp']);
	});

	it('reads the real name of an aliased package', () => {
		const found = findVulnerablePackages(lockfileWith({ 'node_modules/old-yaml': { name: 'js-yaml', version: '4.2.0' } }));
		expect(found.map((finding) => finding.advisory.id)).toContain('GHSA-52cp-r559-cp3m');
	});

	it('keeps to the affected release line', () => {
		const ids = (version: string) => findVulnerablePackages(lockfileWith({ 'node_modules/vite': { version } })).map((finding) => finding.advisory.id);
		expect(ids('8.0.4')).toContain('GHSA-p9ff-h696-f583');
		expect(ids('7.3.2')).not.toContain('GHSA-p9ff-h696-f583');
		expect(ids('6.4.1')).not.toContain('GHSA-fx2h-pf6j-xcff');
	});

	it('passes a lockfile without the affected packages', () => {
		expect(findVulnerablePackages(lockfileWith({ 'node_modules/left-pad': { version: '1.3.0' } }))).toEqual([]);
		expect(findVulnerablePackages({})).toEqual([]);
	});
});

describe('the list of known advisories', () => {
	it('names each advisory once, with versions that parse and ranges that are not empty', () => {
		const ids = KNOWN_ADVISORIES.map((advisory) => advisory.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const advisory of KNOWN_ADVISORIES) {
			expect(advisory.id).toMatch(/^GHSA(-[23456789cfghjmpqrvwx]{4}){3}$/);
			expect(advisory.affected.length).toBeGreaterThan(0);
			for (const range of advisory.affected) {
				if (range.introduced !== undefined) expect(compareVersions(range.introduced, range.fixed), advisory.id).toBeLessThan(0);
				else expect(valid(range.fixed), advisory.id).toBe(range.fixed);
			}
		}
	});

	it('contains the AVIF remote code execution for both astro and sharp', () => {
		const avif = KNOWN_ADVISORIES.find((advisory) => advisory.id === 'GHSA-26w7-cxv4-gfx2');
		expect(avif?.affected).toEqual([{ fixed: '7.2.8' }]);
		const libheif = KNOWN_ADVISORIES.find((advisory) => advisory.id === 'GHSA-rgj7-g3m4-5g8c');
		expect(libheif?.affected).toEqual([{ fixed: '0.35.4' }]);
	});
});

describe('package-lock.json', () => {
	const lockfile = readProjectLockfile();
	const found = findVulnerablePackages(lockfile);
	const isAccepted = (finding: VulnerablePackage) =>
		ACCEPTED_UNTIL_FIXED.some((accepted) => accepted.id === finding.advisory.id && accepted.package === finding.advisory.package);

	it('installs no package at a version a known advisory affects', () => {
		// The lockfile read is the project's, with packages the advisories name: the check had something to look at.
		const installed = new Set(Object.entries(lockfile.packages ?? {}).map(([path, entry]) => installedPackageName(path, entry)));
		expect(installed.size).toBeGreaterThan(100);
		expect(['astro', 'vite', 'sharp'].filter((name) => installed.has(name))).toEqual(['astro', 'vite', 'sharp']);
		expect(found.filter((finding) => !isAccepted(finding)).map(describeFinding)).toEqual([]);
	});

	it('accepts only advisories that still affect an installed package, so each goes with its upgrade', () => {
		for (const accepted of ACCEPTED_UNTIL_FIXED) {
			expect(
				KNOWN_ADVISORIES.some((advisory) => advisory.id === accepted.id && advisory.package === accepted.package),
				`${accepted.id} is not a known advisory`,
			).toBe(true);
			expect(
				found.some((finding) => finding.advisory.id === accepted.id),
				`${accepted.id} no longer affects the installed ${accepted.package}: remove it from ACCEPTED_UNTIL_FIXED`,
			).toBe(true);
		}
	});
});
