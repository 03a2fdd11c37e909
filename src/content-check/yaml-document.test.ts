import { describe, expect, it } from 'vitest';
import { parseYaml } from './yaml-document.ts';

const text = `title: A piece
published: 2026-02-30
claims:
  - id: first
    sources: [a, b]
  - id: second
    sources:
      - c
`;

describe('parseYaml', () => {
	it('keeps dates as the strings written, so impossible ones can be refused', () => {
		expect(parseYaml(text).data).toMatchObject({ published: '2026-02-30' });
	});

	it('finds the line of a nested field, counting from where the YAML starts in the file', () => {
		const yaml = parseYaml(text, 2);
		expect(yaml.lineOf(['title'])).toBe(2);
		expect(yaml.lineOf(['claims', 0, 'sources', 1])).toBe(6);
		expect(yaml.lineOf(['claims', 1, 'sources', 0])).toBe(9);
	});

	it('falls back to the nearest written parent of a missing field', () => {
		const yaml = parseYaml(text);
		expect(yaml.lineOf(['claims', 1, 'status'])).toBe(6);
		expect(yaml.lineOf(['dek'])).toBeUndefined();
	});

	it('reports syntax errors with their line', () => {
		const yaml = parseYaml('title: ok\ndek: a: b\n', 2);
		expect(yaml.data).toBeUndefined();
		expect(yaml.syntaxErrors[0]?.line).toBe(3);
	});

	it('refuses a key written twice, naming it, at the second', () => {
		expect(parseYaml('title: a\ntitle: b\n').syntaxErrors).toHaveLength(1);
		expect(parseYaml('title: a\nkind: b\n"title": c\n', 2).syntaxErrors).toEqual([
			{ line: 4, message: 'the field "title" is written twice: keep one of them' },
		]);
	});

	it('refuses an alias bomb at the line of its first alias, in plain words', () => {
		const bomb = [
			'title: x',
			'a: &a [x, x, x, x, x, x, x, x, x]',
			...'bcdefghi'.split('').map((key, index) => `${key}: &${key} [${Array(9).fill(`*${'abcdefghi'[index]}`).join(', ')}]`),
		].join('\n');
		const yaml = parseYaml(bomb, 2);
		expect(yaml.data).toBeUndefined();
		expect(yaml.syntaxErrors).toEqual([{ line: 4, message: expect.stringMatching(/^the aliases \(\*name, from line 4\) repeat values so many times/) }]);
	});

	it('says a structure too deep to read is nested too deeply, once, not that a stack overflowed', () => {
		const yaml = parseYaml(`title: x\ntopics: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, 2);
		expect(yaml.syntaxErrors).toEqual([
			{ line: 3, message: expect.stringMatching(/^lists or groups of fields are nested inside each other too deeply to be read/) },
		]);
		expect(JSON.stringify(yaml.syntaxErrors)).not.toMatch(/call stack/i);
	});
});
