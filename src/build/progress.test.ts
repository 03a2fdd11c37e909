import { describe, expect, it } from 'vitest';
import { startPhase } from './progress.ts';

function recorder(isTTY: boolean) {
	const written: string[] = [];
	return { written, stream: { isTTY, write: (text: string) => written.push(text) > 0 } };
}

describe('build progress', () => {
	it('in a log: the start, a plain count line every few seconds (not one a step), and the end with its time', () => {
		const { written, stream } = recorder(false);
		let time = 0;
		const phase = startPhase('search index', 5000, { stream, every: 5, now: () => time });
		for (let done = 1; done <= 5000; done += 1) {
			time = done * 3; // 3 ms a page: 15 s in all
			phase.count(done);
		}
		phase.end('5,000 piece(s)');
		const lines = written.map((line) => line.replace(/^\d\d:\d\d:\d\d /, ''));
		expect(lines[0]).toBe('[dossier:build] search index (5,000)…\n');
		expect(lines.slice(1, -1)).toEqual(['[dossier:build] search index: 1,667 / 5,000\n', '[dossier:build] search index: 3,334 / 5,000\n']);
		expect(lines.at(-1)).toBe('[dossier:build] search index: 5,000 piece(s) (15.0 s)\n');
	});

	it('on a terminal: one line redrawn in place, cleared before the end line', () => {
		const { written, stream } = recorder(true);
		const phase = startPhase('preview cards', 3, { stream, now: () => 0 });
		[1, 2, 3].forEach((done) => phase.count(done));
		phase.end();
		expect(written.slice(1, 4)).toEqual(['\rpreview cards: 1 / 3\u001b[K', '\rpreview cards: 2 / 3\u001b[K', '\rpreview cards: 3 / 3\u001b[K']);
		expect(written[4]).toBe('\r\u001b[K');
		expect(written[5]).toMatch(/\[dossier:build\] preview cards: done \(0\.0 s\)\n$/);
	});

	it('counts against a total only the work knows, given as it goes', () => {
		const { written, stream } = recorder(true);
		const phase = startPhase('checking the content', undefined, { stream, now: () => 0 });
		phase.count(2, 5);
		expect(written[0]).toMatch(/checking the content…\n$/);
		expect(written[1]).toBe('\rchecking the content: 2 / 5\u001b[K');
	});
});
