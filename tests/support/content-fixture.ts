import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files of a content directory, by path inside it: `articles/2022/x.md`, `sources/y.yaml`. */
export type ContentFiles = Record<string, string | Uint8Array>;

export const VALID_ARTICLE_PATH = 'articles/2022/a-valid-piece.md';
export const VALID_SOURCE_PATH = 'sources/example-2022-02-10-report.yaml';

export const VALID_SOURCE = `publisher: Example News
title: "Officials confirm the attack"
url: https://news.example.org/2022/02/10/attack
published: 2022-02-10
kind: news
`;

/** A piece that passes every check. Each bad-input case changes one thing in it. */
export const VALID_ARTICLE = `---
title: A valid piece
dek: A piece that passes every check, for tests to break one rule at a time.
kind: analysis
authors: [A. Writer]
published: 2022-02-14
topics: [iran]
claims:
  - id: attack-confirmed
    text: Officials confirmed the attack.
    assertedBy: the author
    date: 2022-02-10
    status: corroborated
    sources: [example-2022-02-10-report]
  - id: rumour
    text: A rumour nobody could check.
    assertedBy: an unnamed official
    date: 2022-02
    status: unverified
---

Officials :claim[confirmed the attack]{#attack-confirmed} on Thursday.

Some say :claim[more is to come]{#rumour}.
`;

export function validContent(): ContentFiles {
	return { [VALID_ARTICLE_PATH]: VALID_ARTICLE, [VALID_SOURCE_PATH]: VALID_SOURCE };
}

/** Writes a content directory in a fresh temporary folder and returns its path. */
export async function writeContentFixture(files: ContentFiles): Promise<string> {
	const dir = await mkdtemp(join(tmpdir(), 'dossier-content-'));
	for (const [path, text] of Object.entries(files)) {
		await mkdir(dirname(join(dir, path)), { recursive: true });
		await writeFile(join(dir, path), text);
	}
	return dir;
}

/** The valid piece with one piece of text replaced; fails loudly if the text is not there. */
export function editArticle(find: string | RegExp, replace: string): ContentFiles {
	if (!(typeof find === 'string' ? VALID_ARTICLE.includes(find) : find.test(VALID_ARTICLE))) {
		throw new Error(`the valid fixture piece has no ${String(find)}`);
	}
	return { ...validContent(), [VALID_ARTICLE_PATH]: VALID_ARTICLE.replace(find, replace) };
}
