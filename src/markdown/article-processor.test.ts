import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMarkdownProcessor, markdownCodeVersion } from './index.ts';

/** The processor exactly as Astro runs it for a piece. */
async function renderAsAstro(markdown: string, claims = [{ id: 'hack', status: 'attributed' }]) {
	const renderer = await articleMarkdownProcessor().createRenderer({});
	const { code } = await renderer.render(markdown, { frontmatter: { claims } });
	return code;
}

describe('articleMarkdownProcessor', () => {
	it('renders claim markers, keeping their anchors and classes through the sanitizer', async () => {
		const html = await renderAsAstro('## A heading\n\nThe :claim[servers went offline]{#hack}.');
		expect(html).toContain('<h2 id="a-heading">A heading</h2>');
		expect(html).toContain('<a href="#claim-hack" id="mark-hack" class="claim-mark" data-status="attributed">servers went offline<sup class="claim-mark__n">');
	});

	it('never lets script through, even where the content check did not run', async () => {
		const html = await renderAsAstro(
			':claim[x]{#hack}\n\n<script>alert(1)</script>\n\n<img src="x.png" onerror="alert(1)"> <a href="javascript:alert(1)">y</a> [z](javascript:alert(2))\n\n<iframe src="https://evil.example"></iframe>',
		).catch((error: unknown) => (error instanceof Error ? error.message : String(error)));
		expect(html).not.toMatch(/<script|onerror|javascript:|<iframe/i);
	});
});

describe('the Markdown code version', () => {
	it('changes with any module of the pipeline, the helpers and words it uses, the schemas and the lockfile, and is part of the options Astro hashes', async () => {
		const root = await mkdtemp(join(tmpdir(), 'dossier-md-version-'));
		try {
			await mkdir(join(root, 'src/markdown'), { recursive: true });
			await mkdir(join(root, 'src/schemas'), { recursive: true });
			await mkdir(join(root, 'src/lib'), { recursive: true });
			await mkdir(join(root, 'src/i18n'), { recursive: true });
			await writeFile(join(root, 'src/i18n/en.ts'), "export const en = { marker: 'claim ' };");
			await writeFile(join(root, 'src/schemas/article.ts'), 'export const field = 1;');
			await writeFile(join(root, 'package-lock.json'), '{}');
			await writeFile(join(root, 'src/markdown/remark-x.ts'), 'export const x = 1;');
			const first = markdownCodeVersion(root);
			await writeFile(join(root, 'src/markdown/remark-x.test.ts'), 'a test changes nothing');
			expect(markdownCodeVersion(root)).toBe(first);
			await writeFile(join(root, 'src/markdown/remark-x.ts'), 'export const x = 2;');
			const second = markdownCodeVersion(root);
			expect(second).not.toBe(first);
			await writeFile(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }');
			const third = markdownCodeVersion(root);
			expect(third).not.toBe(second);
			// A field with a default added to a schema: entries Astro stored before lack it.
			await writeFile(join(root, 'src/schemas/article.ts'), 'export const field = 2;');
			const fourth = markdownCodeVersion(root);
			expect(fourth).not.toBe(third);
			// The interface's words the HTML carries (a marker's hidden "claim").
			await writeFile(join(root, 'src/i18n/en.ts'), "export const en = { marker: 'Claim ' };");
			expect(markdownCodeVersion(root)).not.toBe(fourth);
		} finally {
			await rm(root, { recursive: true, force: true });
		}
		// Astro hashes its configuration as JSON: the plugins (functions) drop out, the version stays.
		expect(JSON.parse(JSON.stringify(articleMarkdownProcessor().options)).codeVersion).toBe(markdownCodeVersion());
	});
});
