/**
 * The command line of `npm run archive:sources`, and the environment it reads, as the settings
 * of a run. Defaults are gentle on the archive: two seconds between requests to a host.
 */
import { ArchiveError, archiveEndpoints, type ArchiveEndpoints } from './wayback.ts';

export const USAGE = `npm run archive:sources -- [source ids] [--save] [--check] [--dry-run]
  (no option)           look up an archived copy for each source without one, and write it
  --save                ask the archive to capture the sources it has no copy of
  --check               also try each source's own address, and list those that no longer answer 200
  --dry-run             write nothing and request no capture: say what would be done
  --archive-base=URL    the archive (default https://web.archive.org; or ARCHIVE_BASE_URL)
  --availability-api=URL  its availability API (default https://archive.org/wayback/available,
                        or <archive base>/wayback/available when the base is set; or ARCHIVE_AVAILABILITY_URL)
  --delay=SECONDS       pause between two requests to the same host (default 2)
  --timeout=SECONDS     time limit of one request (default 30; Save Page Now gets four times as long)`;

export interface CommandSettings {
	ids: string[];
	save: boolean;
	check: boolean;
	dryRun: boolean;
	endpoints: ArchiveEndpoints;
	delayMs: number;
	timeoutMs: number;
	userAgent: string;
}

const FLAGS = new Set(['save', 'check', 'dry-run', 'help']);
const VALUES = new Set(['archive-base', 'availability-api', 'delay', 'timeout']);

/** The settings from the arguments after `--` and the environment; `help` when usage was asked for. */
export function commandSettings(args: string[], env: NodeJS.ProcessEnv = process.env): CommandSettings | 'help' {
	const flags = new Set<string>();
	const values = new Map<string, string>();
	const ids: string[] = [];
	for (const arg of args) {
		const option = /^--([a-z-]+)(?:=(.*))?$/s.exec(arg);
		if (!option) {
			ids.push(
				arg
					.replace(/\.yaml$/, '')
					.split('/')
					.at(-1)!,
			);
			continue;
		}
		const [, name, value] = option as unknown as [string, string, string | undefined];
		if (FLAGS.has(name) && value === undefined) flags.add(name);
		else if (VALUES.has(name) && value !== undefined) values.set(name, value);
		else throw new ArchiveError(`"${arg}" is not an option of this command`);
	}
	if (flags.has('help')) return 'help';
	return {
		ids,
		save: flags.has('save'),
		check: flags.has('check'),
		dryRun: flags.has('dry-run'),
		endpoints: archiveEndpoints(values.get('archive-base') ?? env.ARCHIVE_BASE_URL, values.get('availability-api') ?? env.ARCHIVE_AVAILABILITY_URL),
		delayMs: milliseconds(values.get('delay'), 2, 'delay'),
		timeoutMs: milliseconds(values.get('timeout'), 30, 'timeout'),
		userAgent: userAgent(env),
	};
}

function milliseconds(value: string | undefined, defaultSeconds: number, name: string): number {
	if (value === undefined) return defaultSeconds * 1000;
	if (!/^\d+(?:\.\d+)?$/.test(value)) throw new ArchiveError(`--${name}=${value}: give a number of seconds, such as --${name}=${defaultSeconds}`);
	return Math.round(Number(value) * 1000);
}

/**
 * Who is asking, for the archive's operators: the publication's address when SITE_URL gives one
 * (the project has no public repository address to give instead).
 */
export function userAgent(env: NodeJS.ProcessEnv = process.env): string {
	const site = env.SITE_URL && URL.canParse(env.SITE_URL) && /^https?:$/.test(new URL(env.SITE_URL).protocol) ? new URL(env.SITE_URL).origin : undefined;
	return `Dossier archive:sources (${site ? `+${site}` : 'Dossier, a publishing system for news analysis'})`;
}
