import { resolve } from 'node:path';
import { buildDate } from '../lib/dates.ts';
import type { ContentError } from './content-error.ts';
import { readContentFile } from './read-content-file.ts';
import type { ContentFile } from './read-files.ts';

type ReadResult = Awaited<ReturnType<typeof readContentFile>>;

/**
 * What a check run again and again in one process (`npm run dev`, on every save) keeps of the
 * runs before, so that a save costs the check the files it touched, not every file:
 * - each file's text, until `changed` says the file was saved (the dev server's watcher does);
 * - what each stage found in a file by itself (its frontmatter, its fields), for its text on the
 *   build's day (the schemas compare dates with that day);
 * - what each body was found to hold, for its text and the names of the files beside it (the
 *   images it may show).
 * What the files say of each other (the sources a claim cites, the translations) is checked
 * again every run: it is quick, and one save can change it for any file.
 */
export class CheckMemo {
	private readonly texts = new Map<string, ReadResult>();
	private readonly stages = new Map<string, { key: string; result: unknown; problems: ContentError[]; stopped: boolean }>();
	private readonly bodies = new Map<string, { text: string; beside: string; errors: ContentError[] }>();

	/** The file at `path` was saved, added or removed: read it again. */
	changed(path: string): void {
		this.texts.delete(resolve(path));
	}

	async read(path: string): Promise<ReadResult> {
		const key = resolve(path);
		let read = this.texts.get(key);
		if (read === undefined) {
			read = await readContentFile(path);
			this.texts.set(key, read);
		}
		return read;
	}

	/**
	 * One stage of the check of a file by itself, run again only when the file's text or the day
	 * changed. The stage adds what it finds to the file's problems and may stop the file; a
	 * remembered one does the same.
	 */
	stage<File extends ContentFile, Result>(name: string, file: File, check: (file: File) => Result): Result {
		if (file.text === undefined) return check(file);
		const key = `${buildDate().toISOString().slice(0, 10)}\0${file.text}`;
		const known = this.stages.get(`${name}\0${file.path}`);
		if (known?.key === key) {
			file.problems.push(...known.problems);
			file.stopped = known.stopped;
			return known.result as Result;
		}
		const before = file.problems.length;
		const result = check(file);
		this.stages.set(`${name}\0${file.path}`, { key, result, problems: file.problems.slice(before), stopped: file.stopped });
		return result;
	}

	/** What a body was found to hold, if its text and the files beside it are as they were. */
	body(path: string, text: string, beside: string): ContentError[] | undefined {
		const known = this.bodies.get(path);
		return known?.text === text && known.beside === beside ? known.errors : undefined;
	}

	rememberBody(path: string, text: string, beside: string, errors: ContentError[]): void {
		this.bodies.set(path, { text, beside, errors });
	}
}

/** A stage of the check of one file, through the memo where the check has one. */
export function inStage<File extends ContentFile, Result>(memo: CheckMemo | undefined, name: string, file: File, check: (file: File) => Result): Result {
	return memo ? memo.stage(name, file, check) : check(file);
}
