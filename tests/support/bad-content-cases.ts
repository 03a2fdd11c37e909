import { type ContentFiles, editArticle, VALID_ARTICLE, VALID_ARTICLE_PATH, VALID_SOURCE, VALID_SOURCE_PATH, validContent } from './content-fixture.ts';

export interface BadContentCase {
	name: string;
	files: ContentFiles;
	/** What the error must name: the file (inside the content directory), the field, and the line where there is one. */
	expected: { file: string; field?: string; line?: number; message: RegExp };
}

/**
 * The valid piece with a history for its first claim (corroborated, published 2022-02-14), whose
 * entries start on line 16: `- date:` 16, `status:` 17, `note:` 18, the next entry 19 to 21.
 */
function withHistory(...entries: { date: string; status: string; note?: string }[]): ContentFiles {
	const history = entries.map(
		({ date, status, note = 'What the assessment rested on.' }) => `      - date: ${date}\n        status: ${status}\n        note: ${note}\n`,
	);
	const sources = '    sources: [example-2022-02-10-report]\n';
	return editArticle(sources, `${sources}    history:\n${history.join('')}`);
}

/** The valid content with the source's address replaced. */
function withSourceUrl(url: string): ContentFiles {
	return { ...validContent(), [VALID_SOURCE_PATH]: VALID_SOURCE.replace(/url: .*/, `url: ${url}`) };
}

/** The valid piece's translation into Persian, as `withTranslation` writes it. */
export const TRANSLATION_PATH = 'articles/2022/a-valid-piece-fa.md';

/**
 * The valid piece and its translation, which name each other unless told otherwise. `piece` is
 * the valid piece's entry under `translations:` (line 8; the entry on line 9), none when empty;
 * `translation` the translation's, none when empty: its `lang:` is on line 8, `draft: true` (when
 * it is a draft) on line 9, then `translations:` and its entry (lines 9 and 10, or 10 and 11).
 */
export function withTranslation({
	piece = 'fa: a-valid-piece-fa',
	translation = 'en: a-valid-piece',
	lang = 'fa',
	published = '2022-02-14',
	draft = false,
} = {}): ContentFiles {
	const translations = (entry: string) => (entry ? `\ntranslations:\n  ${entry}` : '');
	const fields = `topics: [iran]\nlang: ${lang}${draft ? '\ndraft: true' : ''}${translations(translation)}`;
	return {
		...editArticle('topics: [iran]', `topics: [iran]${translations(piece)}`),
		[TRANSLATION_PATH]: VALID_ARTICLE.replace('published: 2022-02-14', `published: ${published}`).replace('topics: [iran]', fields),
	};
}

/** Every bad input the build must refuse, each a valid content directory with one thing wrong. */
export const BAD_CONTENT_CASES: BadContentCase[] = [
	{
		name: 'a missing required field',
		files: editArticle('title: A valid piece\n', ''),
		expected: { file: VALID_ARTICLE_PATH, field: 'title', message: /is required/ },
	},
	{
		name: 'a mistyped field name',
		files: editArticle('dek:', 'deck:'),
		expected: { file: VALID_ARTICLE_PATH, field: 'deck', line: 3, message: /not a field of this content type; did you mean dek\?/ },
	},
	{
		name: 'a field of the wrong type',
		files: editArticle('topics: [iran]', 'topics: iran'),
		expected: { file: VALID_ARTICLE_PATH, field: 'topics', line: 7, message: /must be a list \(.*\), not the text "iran"/ },
	},
	{
		name: 'a kind that does not exist',
		files: editArticle('kind: analysis', 'kind: analyses'),
		expected: { file: VALID_ARTICLE_PATH, field: 'kind', line: 4, message: /is "analyses"; expected one of/ },
	},
	{
		name: 'an impossible date',
		files: editArticle('published: 2022-02-14', 'published: 2026-02-30'),
		expected: { file: VALID_ARTICLE_PATH, field: 'published', line: 6, message: /real calendar date/ },
	},
	{
		name: 'an impossible claim date',
		files: editArticle('date: 2022-02-10', 'date: 2022-02-29'),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].date', line: 12, message: /2022-02-29 is not a real calendar date/ },
	},
	{
		name: 'updated before published',
		files: editArticle('published: 2022-02-14', 'published: 2022-02-14\nupdated: 2022-02-01'),
		expected: { file: VALID_ARTICLE_PATH, field: 'updated', line: 7, message: /before published/ },
	},
	{
		name: 'two claims with one id',
		files: editArticle('id: rumour', 'id: attack-confirmed'),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[1].id', line: 15, message: /already the id of claims\[0\]/ },
	},
	{
		name: 'a checked claim with no source',
		files: editArticle('    sources: [example-2022-02-10-report]\n', ''),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].sources', line: 9, message: /needs at least one source/ },
	},
	{
		name: 'a claim naming a source that does not exist',
		files: editArticle('sources: [example-2022-02-10-report]', 'sources: [example-2022-02-10-report, no-such-source]'),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].sources[1]', line: 14, message: /"no-such-source", which does not exist/ },
	},
	{
		name: 'a body marker naming a claim not in the ledger',
		files: editArticle('{#rumour}', '{#rumor}'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /"rumor", which is not in the claims ledger; did you mean "rumour"\?/ },
	},
	{
		name: 'a ledger claim never marked in the body',
		files: editArticle(':claim[more is to come]{#rumour}', 'more is to come'),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[1]', line: 15, message: /"rumour" is in the ledger but never marked/ },
	},
	{
		name: 'a javascript: source URL',
		files: { ...validContent(), 'sources/example-2022-02-10-report.yaml': VALID_SOURCE.replace(/url: .*/, 'url: JaVaScRiPt:alert(1)') },
		expected: { file: 'sources/example-2022-02-10-report.yaml', field: 'url', line: 3, message: /http/ },
	},
	{
		name: 'a data: archive URL',
		files: { ...validContent(), 'sources/example-2022-02-10-report.yaml': `${VALID_SOURCE}archive: "data:text/html,<script>alert(1)</script>"\n` },
		expected: { file: 'sources/example-2022-02-10-report.yaml', field: 'archive', line: 6, message: /http/ },
	},
	{
		name: 'two pieces with one slug',
		files: { ...validContent(), 'articles/2023/a-valid-piece.md': VALID_ARTICLE },
		expected: { file: 'articles/2023/a-valid-piece.md', message: /slug "a-valid-piece" is already used by/ },
	},
	{
		name: 'two pieces whose slugs differ only in case',
		files: { ...validContent(), 'articles/2023/A-Valid-Piece.md': VALID_ARTICLE },
		expected: { file: 'articles/2023/A-Valid-Piece.md', message: /not a valid slug/ },
	},
	{
		name: 'a <script> in the body',
		files: editArticle('on Thursday.', 'on Thursday.\n\n<script>alert(1)</script>'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /<script> is not allowed/ },
	},
	{
		name: 'an on* attribute in the body',
		files: editArticle('on Thursday.', 'on <span onclick="alert(1)">Thursday</span>.'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /attribute onclick on <span> is not allowed/ },
	},
	{
		name: 'a javascript: link in the body',
		files: editArticle('on Thursday.', 'on [Thursday](javascript:alert(1)).'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /only http, https and mailto/ },
	},
	{
		name: 'an iframe in the body',
		files: editArticle('on Thursday.', 'on Thursday.\n\n<iframe src="https://video.example.org/embed/1"></iframe>'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /<iframe> is not allowed/ },
	},
	{
		name: 'an image from another server in the body',
		files: editArticle('on Thursday.', 'on Thursday. ![pixel](https://tracker.example/p.gif)'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /never loaded from another server/ },
	},
	{
		name: 'a heading that would take the id of a ledger entry',
		files: editArticle('on Thursday.', 'on Thursday.\n\n## Claim rumour'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /would get the id "claim-rumour"/ },
	},
	{
		name: 'a claim marker inside a link',
		files: editArticle(':claim[confirmed the attack]{#attack-confirmed}', '[:claim[confirmed the attack]{#attack-confirmed}](https://example.org)'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /cannot go inside a link/ },
	},
	{
		name: 'a NUL character in a title',
		files: editArticle('title: A valid piece', 'title: "A valid\\0 piece"'),
		expected: { file: VALID_ARTICLE_PATH, field: 'title', line: 2, message: /invisible control character/ },
	},
	{
		name: 'a bidirectional override in a title',
		files: editArticle('title: A valid piece', 'title: "A valid \u202epiece"'),
		expected: { file: VALID_ARTICLE_PATH, field: 'title', line: 2, message: /bidirectional control character/ },
	},
	{
		name: 'a bidirectional override in a slug',
		files: { ...validContent(), 'articles/2023/a-valid\u202e-piece.md': VALID_ARTICLE },
		expected: { file: 'articles/2023/a-valid\u202e-piece.md', message: /not a valid slug/ },
	},
	{
		name: 'a slug: field that would set the address',
		files: editArticle('title: A valid piece', 'title: A valid piece\nslug: ../../index'),
		expected: { file: VALID_ARTICLE_PATH, field: 'slug', line: 3, message: /not a field/ },
	},
	{
		name: 'markup in a topic',
		files: editArticle('topics: [iran]', 'topics: ["<b>iran</b>"]'),
		expected: { file: VALID_ARTICLE_PATH, field: 'topics[0]', line: 7, message: /lower-case letters/ },
	},
	{
		name: 'an image that does not exist',
		files: editArticle('on Thursday.', 'on Thursday.\n\n![a chart](./chart.png)'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /does not exist beside the piece/ },
	},
	{
		name: 'an SVG image',
		files: {
			...editArticle('on Thursday.', 'on Thursday.\n\n![a chart](./chart.svg)'),
			'articles/2022/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
		},
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /SVG and AVIF are refused/ },
	},
	{
		name: 'an image addressed from the site’s root, which a mirror would not find',
		files: editArticle('on Thursday.', 'on Thursday.\n\n![a chart](/images/chart.png)'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /from the piece’s own folder/ },
	},
	{
		name: 'a body too long to publish as one piece',
		files: editArticle('on Thursday.', `on Thursday.\n\n${'word '.repeat(30_001)}`),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', message: /at most 30,000 words/ },
	},
	{
		name: 'a claim re-assessed before the piece was published',
		files: withHistory({ date: '2022-02-01', status: 'unverified' }),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].history[0].date', line: 16, message: /before the piece was published \(2022-02-14\)/ },
	},
	{
		name: 'a claim re-assessed on a day after the build’s',
		files: withHistory({ date: '2999-01-01', status: 'unverified' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'claims[0].history[0].date',
			line: 16,
			message: /is 2999-01-01, after today \(\d{4}-\d{2}-\d{2}, the day of this build\)/,
		},
	},
	{
		name: 'a claim’s re-assessments out of order',
		files: withHistory({ date: '2023-05-01', status: 'unverified' }, { date: '2022-03-01', status: 'attributed' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'claims[0].history[1].date',
			line: 19,
			message: /before the re-assessment above it \(history\[0\], 2023-05-01\): list re-assessments oldest first/,
		},
	},
	{
		name: 'a claim’s history with one status twice in a row',
		files: withHistory({ date: '2022-03-01', status: 'unverified' }, { date: '2023-05-01', status: 'unverified' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'claims[0].history[0].status',
			line: 17,
			message: /is "unverified", as is the assessment after it \(history\[1\]\)/,
		},
	},
	{
		name: 'a claim’s last earlier assessment the same as its status now',
		files: withHistory({ date: '2022-03-01', status: 'corroborated' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'claims[0].history[0].status',
			line: 17,
			message: /is "corroborated", the claim's current status: the re-assessment on 2022-03-01 changed nothing/,
		},
	},
	{
		name: 'a re-assessment with no note',
		files: editArticle(
			'    sources: [example-2022-02-10-report]\n',
			'    sources: [example-2022-02-10-report]\n    history:\n      - date: 2022-03-01\n        status: unverified\n',
		),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].history[0].note', line: 16, message: /is required/ },
	},
	{
		name: 'a misspelt history field',
		files: editArticle('    sources: [example-2022-02-10-report]\n', '    sources: [example-2022-02-10-report]\n    histroy: []\n'),
		expected: { file: VALID_ARTICLE_PATH, field: 'claims[0].histroy', line: 15, message: /not a field of this content type; did you mean history\?/ },
	},
	{
		name: 'a link inside a claim marker',
		files: editArticle(':claim[confirmed the attack]{#attack-confirmed}', ':claim[confirmed [the attack](https://news.example.org/a)]{#attack-confirmed}'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /a link cannot go inside a claim marker/ },
	},
	{
		name: 'a link in the body to an impossible port',
		files: editArticle('on Thursday.', 'on [Thursday](https://example.com:99999/).'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /link to "https:\/\/example\.com:99999\/": is not an address a browser can open/ },
	},
	{
		name: 'a raw HTML link to an impossible port',
		files: editArticle('on Thursday.', 'on <a href="https://example.com:99999/">Thursday</a>.'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 22, message: /<a> href "https:\/\/example\.com:99999\/": is not an address a browser can open/ },
	},
	{
		name: 'a source address with an impossible port',
		files: withSourceUrl('https://example.com:99999/'),
		expected: { file: VALID_SOURCE_PATH, field: 'url', line: 3, message: /not an address a browser can open/ },
	},
	{
		name: 'an image path that climbs out of the piece’s folder',
		files: editArticle('on Thursday.', 'on Thursday.\n\n![a chart](../../sources/chart.png)'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /climbs out of the piece’s folder/ },
	},
	{
		name: 'a raw <img> of an SVG file',
		files: {
			...editArticle('on Thursday.', 'on Thursday.\n\n<img src="./chart.svg" alt="a chart">'),
			'articles/2022/chart.svg': '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
		},
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'body',
			line: 24,
			message: /<img> image "\.\/chart\.svg": images are PNG, JPEG, WebP or GIF files \(SVG and AVIF are refused\)/,
		},
	},
	{
		name: 'a raw <img> of a file that does not exist',
		files: editArticle('on Thursday.', 'on Thursday.\n\n<img src="./chart.png" alt="a chart">'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /<img> image "\.\/chart\.png": the file does not exist beside the piece/ },
	},
	{
		name: 'a raw <img> addressed from the site’s root',
		files: editArticle('on Thursday.', 'on Thursday.\n\n<img src="/images/chart.png" alt="a chart">'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /<img> image "\/images\/chart\.png": write the path from the piece’s own folder/ },
	},
	{
		name: 'a source address with a user name and password',
		files: withSourceUrl('https://user:pass@news.example.org/a'),
		expected: { file: VALID_SOURCE_PATH, field: 'url', line: 3, message: /user name or password before "@"/ },
	},
	{
		name: 'a source address whose outlet name is a user name before another host',
		files: withSourceUrl('https://news.example.org@other.example/a'),
		expected: {
			file: VALID_SOURCE_PATH,
			field: 'url',
			line: 3,
			message: /user name or password before "@" \("news\.example\.org@"\), so it leads to other\.example/,
		},
	},
	{
		name: 'a source address on the loopback network written as a decimal number',
		files: withSourceUrl('http://2130706433/admin'),
		expected: { file: VALID_SOURCE_PATH, field: 'url', line: 3, message: /leads to 127\.0\.0\.1, a private or local network address/ },
	},
	{
		name: 'a source address on a private network',
		files: withSourceUrl('http://192.168.1.1/report'),
		expected: { file: VALID_SOURCE_PATH, field: 'url', line: 3, message: /leads to 192\.168\.1\.1, a private or local network address/ },
	},
	{
		name: 'an archive address on localhost',
		files: { ...validContent(), [VALID_SOURCE_PATH]: `${VALID_SOURCE}archive: http://localhost.:8080/copy\n` },
		expected: { file: VALID_SOURCE_PATH, field: 'archive', line: 6, message: /leads to "localhost\.", the computer it is opened on/ },
	},
	{
		name: 'a source host name mixing Latin and Cyrillic letters',
		files: withSourceUrl('https://раypal.com/login'),
		expected: { file: VALID_SOURCE_PATH, field: 'url', line: 3, message: /"раypal\.com", whose "раypal" mixes Cyrillic and Latin letters/ },
	},
	{
		name: 'a bidirectional override in a claim’s text',
		files: editArticle('text: Officials confirmed the attack.', 'text: "Officials \u202edenied the attack."'),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'claims[0].text',
			line: 10,
			message: /bidirectional control character \(U\+202E, right-to-left override\) after "Officials"/,
		},
	},
	{
		name: 'a zero-width space in a source’s title',
		files: { ...validContent(), [VALID_SOURCE_PATH]: VALID_SOURCE.replace('Officials confirm', 'Officials\u200b confirm') },
		expected: { file: VALID_SOURCE_PATH, field: 'title', line: 2, message: /invisible zero-width space \(U\+200B\) after "Officials"/ },
	},
	{
		name: 'a piece updated on a day after the build’s',
		files: editArticle('published: 2022-02-14', 'published: 2022-02-14\nupdated: 2999-01-01'),
		expected: { file: VALID_ARTICLE_PATH, field: 'updated', line: 7, message: /is 2999-01-01, after today \(\d{4}-\d{2}-\d{2}, the day of this build\)/ },
	},
	{
		name: 'a correction dated after the build’s day',
		files: editArticle('topics: [iran]', 'topics: [iran]\ncorrections:\n  - date: 2999-01-01\n    text: A figure was wrong.'),
		expected: { file: VALID_ARTICLE_PATH, field: 'corrections[0].date', line: 9, message: /is 2999-01-01, after today/ },
	},
	{
		name: 'a heading that would take the id of the header’s search field',
		files: editArticle('on Thursday.', 'on Thursday.\n\n## Header search query'),
		expected: { file: VALID_ARTICLE_PATH, field: 'body', line: 24, message: /would get the id "header-search-query", which the page already uses/ },
	},
	{
		name: 'a field written twice',
		files: editArticle('kind: analysis', 'kind: analysis\ntitle: Another title'),
		expected: { file: VALID_ARTICLE_PATH, line: 5, message: /the field "title" is written twice/ },
	},
	{
		name: 'a true-or-false field written as text',
		files: editArticle('topics: [iran]', 'topics: [iran]\ndraft: "false"'),
		expected: { file: VALID_ARTICLE_PATH, field: 'draft', line: 8, message: /must be true or false, not the text "false"/ },
	},
	{
		name: 'lists nested too deeply to read',
		files: editArticle('topics: [iran]', `topics: ${'['.repeat(2000)}${']'.repeat(2000)}`),
		expected: { file: VALID_ARTICLE_PATH, line: 7, message: /nested inside each other too deeply to be read/ },
	},
	{
		name: 'a YAML alias bomb',
		files: editArticle(
			'topics: [iran]',
			[
				'topics: [iran]',
				'x0: &a0 [x, x, x, x, x, x, x, x, x]',
				...Array.from({ length: 8 }, (_, i) => `x${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`),
			].join('\n'),
		),
		expected: { file: VALID_ARTICLE_PATH, line: 9, message: /the aliases \(\*name, from line 9\) repeat values so many times/ },
	},
	{
		name: 'a translation that does not exist',
		files: withTranslation({ piece: 'fa: a-valid-peice-fa' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /names the piece "a-valid-peice-fa", which does not exist; did you mean "a-valid-piece-fa"\?/,
		},
	},
	{
		name: 'a translation written in another language than it is listed under',
		files: withTranslation({ lang: 'ar' }),
		expected: { file: VALID_ARTICLE_PATH, field: 'translations.fa', line: 9, message: /names "a-valid-piece-fa", whose lang is ar, not fa/ },
	},
	{
		name: 'a translation that does not name the piece back',
		files: withTranslation({ translation: '' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /"a-valid-piece-fa" does not name this piece back \(its translations have no en: a-valid-piece\)/,
		},
	},
	{
		name: 'a translation that names another piece back',
		files: withTranslation({ translation: 'en: another-piece' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /"a-valid-piece-fa" names "another-piece" as its en translation, not this piece/,
		},
	},
	{
		name: 'a translation listed under the piece’s own language',
		files: editArticle('topics: [iran]', 'topics: [iran]\ntranslations:\n  en-GB: a-valid-piece-fa'),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.en-GB',
			line: 9,
			message: /is the language of this piece itself \(lang: en\): a piece cannot be its own translation/,
		},
	},
	{
		name: 'a piece named as its own translation',
		files: editArticle('topics: [iran]', 'topics: [iran]\ntranslations:\n  fa: a-valid-piece'),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /names this piece itself \("a-valid-piece"\): a piece cannot be its own translation/,
		},
	},
	{
		name: 'a published piece naming a draft as its translation',
		files: withTranslation({ draft: true }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /names "a-valid-piece-fa", which is a draft: the link to it would lead nowhere on the site/,
		},
	},
	{
		name: 'a published piece naming a translation scheduled after it',
		files: withTranslation({ published: '2999-01-01' }),
		expected: {
			file: VALID_ARTICLE_PATH,
			field: 'translations.fa',
			line: 9,
			message: /names "a-valid-piece-fa", which is scheduled for 2999-01-01, after this piece/,
		},
	},
	{
		name: 'a scheduled translation naming a published piece that cannot name it back before its day',
		files: withTranslation({ piece: '', published: '2999-01-01' }),
		expected: {
			file: TRANSLATION_PATH,
			field: 'translations.en',
			line: 10,
			message: /"a-valid-piece" does not name this piece back, and cannot before this piece is published on 2999-01-01/,
		},
	},
	{
		name: 'a translation listed under something that is not a language',
		files: editArticle('topics: [iran]', 'topics: [iran]\ntranslations:\n  Farsi: a-valid-piece-fa'),
		expected: { file: VALID_ARTICLE_PATH, field: 'translations.Farsi', line: 9, message: /is not a language tag: write the language as lang takes it/ },
	},
	{
		name: 'translations written as a list',
		files: editArticle('topics: [iran]', 'topics: [iran]\ntranslations: [a-valid-piece-fa]'),
		expected: { file: VALID_ARTICLE_PATH, field: 'translations', line: 8, message: /must be a group of fields \(.*\), not a list/ },
	},
	{
		name: 'a misspelt translations field',
		files: editArticle('topics: [iran]', 'topics: [iran]\ntranslation:\n  fa: a-valid-piece-fa'),
		expected: { file: VALID_ARTICLE_PATH, field: 'translation', line: 8, message: /not a field of this content type; did you mean translations\?/ },
	},
	{
		name: 'a YAML syntax error',
		files: editArticle('dek: A piece that passes', 'dek: A piece: that passes'),
		expected: { file: VALID_ARTICLE_PATH, line: 3, message: /YAML syntax/ },
	},
];
