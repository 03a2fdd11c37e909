// `npm run archive:sources -- [ids] [--save] [--check] [--dry-run]`: records a Wayback Machine
// capture in each source without `archive:`, asks for captures (--save), and lists sources
// whose own address no longer answers (--check). It needs the network, so it is an editor's
// command, never part of the build or of `npm test`. `--help` lists every option.
import { archiveSources, formatSummary } from '../src/archive/archive-sources.ts';
import { commandSettings, USAGE } from '../src/archive/options.ts';
import { SourceFileError } from '../src/archive/source-files.ts';
import { ArchiveError } from '../src/archive/wayback.ts';
import { contentDir } from '../src/lib/content-dir.ts';

try {
	const settings = commandSettings(process.argv.slice(2));
	if (settings === 'help') {
		console.log(USAGE);
		process.exit(0);
	}
	const summary = await archiveSources({
		contentDir: contentDir(),
		ids: settings.ids,
		save: settings.save,
		check: settings.check,
		dryRun: settings.dryRun,
		endpoints: settings.endpoints,
		polite: { userAgent: settings.userAgent, delayMs: settings.delayMs, timeoutMs: settings.timeoutMs, retries: 3, maxRetryAfterMs: 120_000 },
		// A new capture takes the archive from seconds to minutes to list.
		pollAttempts: 5,
		pollDelayMs: Math.max(settings.delayMs * 5, 50),
		saveTimeoutMs: settings.timeoutMs * 4,
		log: (line) => console.log(line),
	});
	console.log(`\n${formatSummary(summary, { check: settings.check, save: settings.save })}`);
	if (summary.failed > 0) process.exitCode = 1;
} catch (error) {
	if (!(error instanceof ArchiveError || error instanceof SourceFileError)) throw error;
	console.error(`Nothing done: ${error.message}\n\n${USAGE}`);
	process.exit(1);
}
