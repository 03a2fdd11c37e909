/**
 * What a long build is doing, said as it goes: each phase as it starts and ends, with its time,
 * and a count while it runs. On a terminal the count is one line that updates in place; in a
 * log (CI, a file) it is a plain line every few seconds, so that the log shows progress without
 * filling with it.
 */
export interface Progress {
	/** `done` of the phase's total (or of `total`, when only the work knows it): shown when a terminal can redraw it, or when enough time has passed. */
	count(done: number, total?: number): void;
	/** The phase is over: its line, with how long it took. */
	end(summary?: string): void;
}

interface ProgressOptions {
	/** Where the lines go: standard output by default, with the build's other lines. */
	stream?: Pick<NodeJS.WriteStream, 'write'> & { isTTY?: boolean };
	/** Seconds between plain lines in a log. */
	every?: number;
	now?: () => number;
}

const clock = () => new Date().toTimeString().slice(0, 8);
const thousands = (value: number) => value.toLocaleString('en-GB');

export function startPhase(label: string, total: number | undefined, options: ProgressOptions = {}): Progress {
	const stream = options.stream ?? process.stdout;
	const now = options.now ?? (() => performance.now());
	const every = (options.every ?? 5) * 1000;
	const started = now();
	const interactive = stream.isTTY === true;
	let lastLine = started;
	let drawn = false;
	const say = (text: string) => stream.write(`${clock()} [dossier:build] ${text}\n`);
	say(`${label}${total === undefined ? '' : ` (${thousands(total)})`}…`);
	return {
		count(done, of = total) {
			if (of === undefined) return;
			const text = `${label}: ${thousands(done)} / ${thousands(of)}`;
			if (interactive) {
				stream.write(`\r${text}\u001b[K`);
				drawn = true;
			} else if (now() - lastLine >= every) {
				say(text);
				lastLine = now();
			}
		},
		end(summary) {
			if (drawn) stream.write('\r\u001b[K');
			say(`${label}: ${summary ?? 'done'} (${((now() - started) / 1000).toFixed(1)} s)`);
		},
	};
}
