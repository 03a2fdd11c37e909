import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/content-check/check-content.ts';
import { formatContentErrors } from '../../src/content-check/content-error.ts';
import { astroCacheDir } from '../../src/lib/content-dir.ts';
import { siteBase } from '../../src/lib/site-env.ts';
import { RenderedBodies } from '../../src/markdown/rendered-bodies.ts';
import { type BadContentCase, BAD_CONTENT_CASES } from '../support/bad-content-cases.ts';
import { buildSite, PROJECT_ROOT } from '../support/build-site.ts';
import { type ContentFiles, VALID_SOURCE_PATH, writeContentFixture } from '../support/content-fixture.ts';

// Every bad case is refused by the content check, which the build runs in `astro:config:setup`,
// before Astro or Vite reads any content: a failed check throws its report and Astro stops there
// (src/integrations/content-check.ts). So a full build of each case would only repeat the check.
// A few full builds, one of each kind of error, show that the report reaches the editor through
// a real `npm run build` and that nothing is published; every other case is checked in-process,
// as the build calls the check and formats its report.

/**
 * The cases built in full, one of each kind. A case whose error only a real build can show (one
 * raised by Astro or Vite rather than by the content check) belongs here too: none is, today,
 * since the check refuses every case before Astro reads any content.
 */
const FULL_BUILD_CASES = [
	// A schema error, at its line.
	'a kind that does not exist',
	// A body-marker error: the body is read with the site's Markdown pipeline.
	'a body marker naming a claim not in the ledger',
	// A YAML error, from the frontmatter parser.
	'a YAML syntax error',
	// Raw HTML the sanitizer would change.
	'a <script> in the body',
];

/** Two cases that break different files, built in full together: the build lists the errors of both files in one run. */
const TWO_FILES_AT_ONCE = { article: 'a claim naming a source that does not exist', source: 'a source address on a private network' };

function caseNamed(name: string): BadContentCase {
	const found = BAD_CONTENT_CASES.find((candidate) => candidate.name === name);
	if (!found) throw new Error(`no bad content case is named "${name}"`);
	return found;
}

/** The cases each test checks, by name, recorded as the tests are declared. */
const checkedBy = new Map<string, string[]>();
function checks(badCase: BadContentCase, how: string): BadContentCase {
	checkedBy.set(badCase.name, [...(checkedBy.get(badCase.name) ?? []), how]);
	return badCase;
}

const made: string[] = [];
async function tempDir(files?: ContentFiles) {
	const dir = files ? await writeContentFixture(files) : await mkdtemp(join(tmpdir(), 'dossier-dist-'));
	// The build keeps a cache for each content directory; it goes with the directory.
	made.push(dir, astroCacheDir(PROJECT_ROOT, dir));
	return dir;
}
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The line of the build's output (or of the check's report) that gives the case's error: it names the file, the line, the field, and says what is wrong. */
function expectErrorLine(output: string, expected: BadContentCase['expected']) {
	const place = expected.line ? `${expected.file}:${expected.line}: ` : `${expected.file}: `;
	const errorLine = output.split('\n').find((line) => line.includes(place) && expected.message.test(line));
	expect(errorLine, output).toBeDefined();
	if (expected.field) expect(errorLine).toContain(`: ${expected.field}: `);
}

async function build(files: ContentFiles) {
	const contentDir = await tempDir(files);
	const outDir = join(await tempDir(), 'dist');
	return { outDir, ...(await buildSite({ outDir, env: { CONTENT_DIR: contentDir } })) };
}

describe('astro build on bad content', () => {
	for (const badCase of FULL_BUILD_CASES.map((name) => checks(caseNamed(name), 'full build'))) {
		it(`stops on ${badCase.name}, naming the file and the field`, async () => {
			const { exitCode, output, outDir } = await build(badCase.files);

			expect(exitCode, output).not.toBe(0);
			expectErrorLine(output, badCase.expected);
			expect(existsSync(outDir), 'nothing may be published half-right').toBe(false);
		});
	}

	const article = checks(caseNamed(TWO_FILES_AT_ONCE.article), 'full build, two files at once');
	const source = checks(caseNamed(TWO_FILES_AT_ONCE.source), 'full build, two files at once');
	it(`stops on two bad files at once (${article.name}; ${source.name}), naming both`, async () => {
		const { exitCode, output, outDir } = await build({ ...article.files, [VALID_SOURCE_PATH]: source.files[VALID_SOURCE_PATH]! });

		expect(exitCode, output).not.toBe(0);
		expect(output).toContain('2 content errors in 2 files; nothing was published:');
		expectErrorLine(output, article.expected);
		expectErrorLine(output, source.expected);
		expect(existsSync(outDir), 'nothing may be published half-right').toBe(false);
	});
});

describe('the content check on bad content, as the build runs it', () => {
	const built = new Set(checkedBy.keys());
	for (const badCase of BAD_CONTENT_CASES.filter(({ name }) => !built.has(name)).map((each) => checks(each, 'in-process'))) {
		it(`stops the build on ${badCase.name}, naming the file and the field`, async () => {
			const contentDir = await tempDir(badCase.files);
			// As the build's integration calls it (src/integrations/content-check.ts): from the project
			// root, with the site's base path and a store for the bodies it renders.
			const result = await checkContent(contentDir, PROJECT_ROOT, { base: siteBase(), rendered: new RenderedBodies(), onWarning: () => undefined });
			// Any error stops the build: the integration throws this report, which Astro prints.
			const report = formatContentErrors(result.errors);

			expect(result.errors.length, 'the build would go on and publish').toBeGreaterThan(0);
			expect(report).toMatch(/^\d+ content errors? in \d+ files?; nothing was published:\n/);
			expectErrorLine(report, badCase.expected);
		});
	}
});

describe('the bad content cases', () => {
	it('have a name each, so that each is known by it', () => {
		const names = BAD_CONTENT_CASES.map(({ name }) => name);
		expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
	});

	it('are each checked, by a full build or in-process', () => {
		expect(BAD_CONTENT_CASES.filter(({ name }) => !checkedBy.has(name)).map(({ name }) => name)).toEqual([]);
		expect([...checkedBy.keys()].filter((name) => !BAD_CONTENT_CASES.some((badCase) => badCase.name === name))).toEqual([]);
	});
});
