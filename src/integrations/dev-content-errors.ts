import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { type ContentError, formatContentErrors } from '../content-check/content-error.ts';
import { DevChecker } from '../content-check/dev-checker.ts';

/**
 * In `npm run dev`: the content check runs again whenever a piece or a source is saved, and its
 * errors show in the browser's error overlay, with the file, line and field, on every open page
 * and on every page opened later, until they are fixed; the terminal gets them too. Once the
 * content is valid, open pages reload to show what was saved.
 */
export function devContentErrors(options: { contentDir: string }): AstroIntegration {
	const contentDir = resolve(options.contentDir);
	let checker: DevChecker | undefined;
	return {
		name: 'dossier:dev-content-errors',
		hooks: {
			'astro:config:setup': ({ command, updateConfig }) => {
				if (command !== 'dev') return;
				updateConfig({
					vite: {
						plugins: [
							{
								name: 'dossier:content-saves',
								apply: 'serve',
								// A saved piece is shown once Astro's content store has it (Astro reloads the
								// page then) and the check has passed it (this integration reloads the page).
								// Vite would reload it at once as well, for the Markdown module of the piece:
								// too early to show the save, and a reload that takes the error overlay away.
								hotUpdate: ({ file }) => (resolve(file).startsWith(contentDir + sep) ? [] : undefined),
							},
						],
					},
				});
			},
			'astro:server:done': async () => {
				await checker?.stop();
				checker = undefined;
			},
			'astro:server:setup': ({ server, logger }) => {
				let errors: ContentError[] = [];
				// A save checks again only the files it touched, and what the files say of each other.
				const check = (checker = new DevChecker({ contentDir, root: process.cwd() }));
				const show = () => {
					if (errors.length > 0) server.hot.send({ type: 'error', err: overlayError(errors) });
				};
				// Whether every file saved since the last check is one Astro keeps in its store.
				let entriesOnly = true;
				const recheck = async (reload: boolean) => {
					const before = errors.length;
					const onlyEntries = entriesOnly;
					entriesOnly = true;
					try {
						errors = await check.check();
					} catch (error) {
						logger.error(`the content check failed: ${(error as Error).message}`);
						return;
					}
					if (errors.length > 0) {
						logger.error(formatContentErrors(errors));
						show();
						return;
					}
					if (before > 0) logger.info('content errors fixed');
					// Astro reloads open pages once its content store has what a piece or a source
					// saved. A reload sent earlier would show the old text, and one page can miss
					// Astro's while it reloads. This reloads them when Astro may not: the errors gone
					// with the store unchanged (the file as it was before them), or a file Astro does
					// not keep (an image beside a piece).
					if (reload && (before > 0 || !onlyEntries)) server.hot.send({ type: 'full-reload' });
				};
				let timer: NodeJS.Timeout | undefined;
				server.watcher.add(contentDir);
				server.watcher.on('all', (_event, path) => {
					if (!resolve(path).startsWith(contentDir + sep)) return;
					check.touched(path);
					if (!/\.(md|yaml)$/.test(path)) entriesOnly = false;
					clearTimeout(timer);
					// A checkout or a script writes several files at once; check once they are written.
					timer = setTimeout(() => void recheck(true), 50);
				});
				// A page opened after the errors were found gets them as soon as it connects.
				server.hot.on('vite:client:connect', () => show());
				void recheck(false);
			},
		},
	};
}

/** Vite's overlay shows `message` and opens `loc.file` at `loc.line` in the editor on a click. */
function overlayError(errors: ContentError[]) {
	const first = errors[0]!;
	// Errors name files from the project's root, where the server runs.
	const file = resolve(first.file);
	return {
		message: formatContentErrors(errors),
		stack: '',
		id: file,
		plugin: 'dossier:content-check',
		...(first.line ? { loc: { file, line: first.line, column: 1 } } : {}),
	};
}
