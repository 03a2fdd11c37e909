import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { sourceTemplate } from '../authoring/templates.ts';
import { readSources, SourceFileError, withArchive, writeArchive } from './source-files.ts';

const address = 'https://web.archive.org/web/20220110123456/https://news.example.org/a';

/** The text with the one line `archive: …` taken out. */
function withoutArchiveLine(text: string): string {
	return text.replace(/^archive: [^\r\n]*(\r?\n)?/m, '');
}

describe('withArchive', () => {
	it('adds the line after accessed, every other byte as it was', () => {
		const text = [
			'# A source the editors keep an eye on',
			'publisher: "Example News"   # as the outlet writes it',
			"title: 'Fuel stations: a day of queues'",
			'url: https://news.example.org/a',
			'published: 2021-10-26',
			'accessed: 2026-11-24    # read again',
			'',
			'# how it is filed',
			'kind: news',
			'note: >-',
			'  Carries an AFP',
			'  report.',
			'',
		].join('\n');
		const result = withArchive(text, address);
		expect(result).toBe(text.replace('accessed: 2026-11-24    # read again\n', `accessed: 2026-11-24    # read again\narchive: ${address}\n`));
		expect(withoutArchiveLine(result)).toBe(text);
	});

	it('follows published, else url, when the earlier fields are missing', () => {
		expect(withArchive('publisher: A\nurl: https://a.example/\npublished: 2020-01-01\nkind: news\n', address)).toBe(
			`publisher: A\nurl: https://a.example/\npublished: 2020-01-01\narchive: ${address}\nkind: news\n`,
		);
		expect(withArchive('publisher: A\nurl: https://a.example/\nkind: news\n', address)).toBe(
			`publisher: A\nurl: https://a.example/\narchive: ${address}\nkind: news\n`,
		);
	});

	it('fills in the file npm run new:source writes, below its placeholder comment', () => {
		const text = sourceTemplate({ url: 'https://news.example.org/a', publisher: 'example', today: '2026-11-24' });
		const result = withArchive(text, address);
		expect(withoutArchiveLine(result)).toBe(text);
		expect(result).toContain(`accessed: 2026-11-24\n# archive: https://web.archive.org/…   # a copy in a web archive\narchive: ${address}\nkind: news`);
	});

	it('keeps Windows line breaks, a last line without a break, and a value written over several lines', () => {
		expect(withArchive('publisher: A\r\nurl: https://a.example/\r\nkind: news\r\n', address)).toBe(
			`publisher: A\r\nurl: https://a.example/\r\narchive: ${address}\r\nkind: news\r\n`,
		);
		expect(withArchive('publisher: A\nurl: https://a.example/', address)).toBe(`publisher: A\nurl: https://a.example/\narchive: ${address}`);
		const folded = 'publisher: A\nurl: >-\n  https://a.example/\nkind: news\n';
		expect(withArchive(folded, address)).toBe(`publisher: A\nurl: >-\n  https://a.example/\narchive: ${address}\nkind: news\n`);
	});

	it('fills in every real source byte for byte, and the result reads as the source plus archive', () => {
		const dir = join(process.cwd(), 'content/sources');
		const names = readdirSync(dir).filter((name) => name.endsWith('.yaml'));
		expect(names.length).toBeGreaterThan(10);
		for (const name of names) {
			const text = readFileSync(join(dir, name), 'utf8');
			if (/^archive:/m.test(text)) continue;
			const result = withArchive(text, address);
			expect(withoutArchiveLine(result), name).toBe(text);
			const before = parseDocument(text, { schema: 'core' }).toJS() as Record<string, unknown>;
			expect(parseDocument(result, { schema: 'core' }).toJS(), name).toEqual({ ...before, archive: address });
		}
	});

	it('refuses a file that has an archive, is not valid YAML, or is not one field a line', () => {
		expect(() => withArchive(`url: https://a.example/\narchive: ${address}\n`, address)).toThrow('has an `archive` field already');
		expect(() => withArchive('url: [https://a.example/\n', address)).toThrow(SourceFileError);
		expect(() => withArchive('{ url: https://a.example/ }\n', address)).toThrow('not a list of fields');
	});
});

describe('readSources and writeArchive', () => {
	let dir: string | undefined;
	afterEach(() => {
		if (dir) rmSync(dir, { recursive: true, force: true });
		dir = undefined;
	});

	it('reads the fields that matter, says what is wrong with a file, and writes only what it read', () => {
		dir = mkdtempSync(join(tmpdir(), 'dossier-archive-'));
		mkdirSync(join(dir, 'sources'));
		writeFileSync(join(dir, 'sources/good.yaml'), 'publisher: A\nurl: https://a.example/\naccessed: "2026-11-24"\nkind: news\n');
		writeFileSync(join(dir, 'sources/broken.yaml'), 'publisher: [A\n');
		writeFileSync(join(dir, 'sources/ftp.yaml'), 'publisher: A\nurl: ftp://a.example/\n');
		const [broken, ftp, good] = readSources(dir);
		expect(broken).toMatchObject({ id: 'broken', problem: 'is not valid YAML (npm run check:content says where)' });
		expect(ftp!.problem).toContain('not an http(s) address');
		expect(good).toMatchObject({ id: 'good', url: 'https://a.example/', accessed: '2026-11-24' });
		expect(good!.problem).toBeUndefined();

		writeFileSync(good!.path, `${good!.text}# edited meanwhile\n`);
		expect(() => writeArchive(good!, address)).toThrow('the file changed while the command ran');
		expect(readFileSync(good!.path, 'utf8')).toBe(`${good!.text}# edited meanwhile\n`);
		const again = readSources(dir).find((file) => file.id === 'good')!;
		writeArchive(again, address);
		expect(readFileSync(again.path, 'utf8')).toBe(
			`publisher: A\nurl: https://a.example/\naccessed: "2026-11-24"\narchive: ${address}\nkind: news\n# edited meanwhile\n`,
		);
		expect(readdirSync(join(dir, 'sources')).filter((name) => name.includes('partial'))).toEqual([]);
	});
});
