import { resolve, sep } from 'node:path';
import type { AstroIntegration } from 'astro';
import { BodyErrorMemo } from '../content-check/check-bodies.ts';
import { checkContent } from '../content-check/check-content.ts';
import { type ContentError, formatContentErrors } from '../content-check/content-error.ts';

/**
 * In `npm run dev`: the content check runs again whenever a piece or a source is saved, and its
 * errors show in the browser's error overlay, with the file, line and field, on every open page
 * and on every page opened later, until they are fixed; the terminal gets them too. Once the
 * content is valid, open pages reload to show what was saved.
 */
export function devContentErrors(options: { contentDir: string }): AstroIntegration {
	const contentDir = resolve(options.contentDir);
	return {
		name: 'dossier:dev-content-errors',
		hooks: {
			'astro:server:setup': ({ server, logger }) => {
				let errors: ContentError[] = [];
				// A save reads again only the bodies that changed.
				const bodyMemo = new BodyErrorMemo();
				const show = () => {
					if (errors.length > 0) server.hot.send({ type: 'error', err: overlayError(errors) });
				};
				const recheck = async (reload: boolean) => {
					const before = errors.length;
					errors = (await checkContent(contentDir, process.cwd(), { bodyMemo })).errors;
					if (errors.length > 0) {
						logger.error(formatContentErrors(errors));
						show();
						return;
					}
					if (before > 0) logger.info('content errors fixed');
					// Astro reloads its content store on a save but does not always reload the page
					// (never for content outside the project): open pages show the new text now.
					if (reload) server.hot.send({ type: 'full-reload' });
				};
				let timer: NodeJS.Timeout | undefined;
				server.watcher.add(contentDir);
				server.watcher.on('all', (_event, path) => {
					if (!resolve(path).startsWith(contentDir + sep)) return;
					clearTimeout(timer);
					// Editors save several files at once; check once they are done.
					timer = setTimeout(() => void recheck(true), 150);
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
