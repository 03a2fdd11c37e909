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

	it('refuses a key written twice', () => {
		expect(parseYaml('title: a\ntitle: b\n').syntaxErrors).toHaveLength(1);
	});
});
