import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-wasm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { OG_HEIGHT, OG_WIDTH, node } from './og-card.ts';
import { claimOgCard, ogImageAlt } from './og-cards.ts';
import { CLAIM_BOXES, CLAIM_SPACE_AT_MOST, CLAIM_TEXT_WIDTH, claimCardTree, POSITION_LINE_HEIGHT, POSITION_SIZE } from './og-claim-card.ts';
import { CLAIM_TEXT_SIZES, layOutClaimCard } from './og-claim-layout.ts';
import { cutAtWord, ELLIPSIS, words } from './og-fit.ts';
import { OG_FONT_FAMILY } from './og-fonts.ts';
import { ogCacheFile, ogImagePng, renderOgImage } from './og-image.ts';
import { layOut } from './og-layout.ts';

type Piece = Pick<ArticleFrontmatter, 'title' | 'lang' | 'claims'>;
type Claim = ArticleFrontmatter['claims'][number];

/** A ledger entry; the fields a card does not show are there to show that it ignores them. */
const claim = (text: string, extra: Partial<Claim> = {}): Claim =>
	({
		id: 'a-claim',
		text,
		assertedBy: 'the author',
		date: '2022-02',
		status: 'disputed',
		sources: ['a-source'],
		...extra,
	}) as Claim;

const piece = (claims: Claim[], extra: Partial<Piece> = {}): Piece => ({
	title: 'On Khamenei’s call for a combined “offensive”',
	lang: 'en',
	claims,
	...extra,
});

/** Whole sentences of reporting, to make claims of any length from. */
const PROSE =
	'An attack on the state broadcaster IRIB took “more than 600 TV and radio servers” offline, destroying some, and footage aired at 3 pm on 14 TV and 13 radio stations. ' +
	'The piece dates this to 7 February and, citing the group, says several outlets had not been restored. ' +
	'According to the same account, engineers worked through the night to bring the main channels back, while regional stations stayed dark for days; ' +
	'officials at first denied any breach and later blamed “foreign-backed saboteurs” for it, naming no group and giving no figure for the damage, which independent analysts put far higher than the government did.';

/** About `length` characters of PROSE, ending at a word. */
function prose(length: number): string {
	const text = PROSE.slice(0, length + 1).replace(/\s+\S*$/, '');
	expect(text.length).toBeGreaterThan(length - 20);
	return text;
}

const PERSIAN = 'حمله به صدا و سیما بیش از ششصد سرور رادیو و تلویزیون را از کار انداخت و به گفته سازمان مجاهدین، چند شبکه هنوز بازسازی نشده‌اند.';

/** The claim's words as satori placed them: measured without drawing, where each word is an SVG text with its position. */
async function placedWords(
	card: ReturnType<typeof claimOgCard>,
	fit: { textSize: number; text: string; headline: string },
	fontSize = fit.textSize,
	fontWeight = '700',
) {
	const { svg } = await layOut(claimCardTree(card, fit), { draw: false });
	return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*font-weight="(\w+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)]
		.filter((match) => match[3] === fontWeight && Number(match[4]) === fontSize && match[5]!.trim() !== '')
		.map((match) => ({ x: Number(match[1]), y: Number(match[2]), word: match[5]! }));
}

/** Each line of placed words, in the order written, runs right to left. */
function expectRightToLeft(placed: { x: number; y: number }[]): number[] {
	const lines = [...new Set(placed.map(({ y }) => y))];
	for (const y of lines) {
		const line = placed.filter((word) => word.y === y);
		for (let index = 1; index < line.length; index += 1) expect(line[index]!.x).toBeLessThan(line[index - 1]!.x);
	}
	return lines;
}

/** Whether the claim fits its space at a size, laid out as the card lays it out. */
async function fitsAt(card: ReturnType<typeof claimOgCard>, fit: { textSize: number; text: string; headline: string }): Promise<boolean> {
	const { boxes } = await layOut(claimCardTree(card, fit), { draw: false });
	return boxes.get(CLAIM_BOXES.text)!.height <= boxes.get(CLAIM_BOXES.space)!.height + 0.5;
}

function pngSize(png: Buffer): { width: number; height: number } {
	expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

let cacheDir: string;
beforeAll(async () => {
	cacheDir = await mkdtemp(join(tmpdir(), 'dossier-og-claims-'));
});
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('claimOgCard', () => {
	it('says what the claim is, where it stands and where it comes from', () => {
		const card = claimOgCard(piece([claim('First.'), claim('Hackers leaked footage from inside prisons.', { status: 'attributed' }), claim('Third.')]), 1);
		expect(card).toEqual({
			type: 'claim',
			status: 'attributed',
			statusLabel: 'Attributed only',
			text: 'Hackers leaked footage from inside prisons.',
			dir: 'ltr',
			position: 'Claim 2 of 3 in',
			headline: 'On Khamenei’s call for a combined “offensive”',
			siteName: 'Dossier',
		});
		expect(ogImageAlt(card)).toBe(
			'Attributed only: Hackers leaked footage from inside prisons. Claim 2 of 3 in On Khamenei’s call for a combined “offensive”. Dossier',
		);
		expect(ogImageAlt(claimOgCard(piece([claim('Was it “a hack”?')], { title: 'Who said “enough.”' }), 0))).toBe(
			'Disputed: Was it “a hack”? Claim 1 of 1 in Who said “enough.” Dossier',
		);
		expect(claimOgCard(piece([claim(PERSIAN)], { lang: 'fa' }), 0).dir).toBe('rtl');
		expect(() => claimOgCard(piece([claim('Only one.')]), 1)).toThrow(/no claim 1/);
	});

	it('keys its image by what the card shows, and by nothing else', () => {
		const claims = [claim('First.'), claim('Hackers leaked footage from inside prisons.'), claim('Third.')];
		const key = (article: Piece, index = 1) => ogCacheFile(claimOgCard(article, index), cacheDir);
		const base = key(piece(claims));
		const withSecond = (extra: Partial<Claim>) => piece(claims.map((one, index) => (index === 1 ? { ...one, ...extra } : one)));

		// Each thing the card shows changes the key.
		const changed = [
			key(withSecond({ text: 'Hackers leaked footage from inside two prisons.' })),
			key(withSecond({ status: 'corroborated' })),
			key(piece(claims, { title: 'Another headline' })),
			key(piece(claims, { lang: 'fa' })),
			key(piece([...claims, claim('Fourth.')])),
			key(piece(claims), 2),
		];
		expect(new Set([base, ...changed]).size).toBe(changed.length + 1);

		// What the card does not show leaves it alone: who asserts it, when, its sources, note and id, the other claims' words.
		for (const same of [
			withSecond({ assertedBy: 'state TV', date: '2021', sources: ['another-source'], note: 'An editors’ note.', id: 'renamed' }),
			withSecond({ text: 'Hackers leaked footage\n  from inside prisons.' }),
			// An earlier assessment: the card shows the status as it stands.
			withSecond({ history: [{ date: '2022-03-01', status: 'unverified', note: 'Before the footage was matched.' }] }),
			piece(claims.map((one, index) => (index === 0 ? { ...one, text: 'First, rewritten.', status: 'unverified' as const } : one))),
			{ ...piece(claims), dek: 'A summary.', topics: ['iran'] } as Piece,
		]) {
			expect(key(same)).toBe(base);
		}
	});
});

describe('layOutClaimCard', () => {
	it('fits a 300-character claim whole, at the largest size that holds it', async () => {
		const text = prose(300);
		const card = claimOgCard(piece([claim(text)]), 0);
		const layout = await layOutClaimCard(card);

		expect(layout.cut).toBe(false);
		expect(layout.text).toBe(text);
		expect(CLAIM_TEXT_SIZES).toContain(layout.textSize);
		// Drawn as measured: the lines fit the space, and every word of the claim is on the card, whole.
		expect(layout.textHeight).toBeLessThanOrEqual(layout.spaceHeight + 0.5);
		expect(layout.lines).toBeGreaterThan(2);
		// satori rounds each line to a whole pixel.
		expect(Math.abs(layout.textHeight - layout.lines * layout.textSize * 1.25)).toBeLessThanOrEqual(layout.lines);
		const placed = await placedWords(card, layout);
		expect(placed.map(({ word }) => word).join('')).toBe(text.replace(/\s/g, ''));
		// Readable from a thumbnail, and no larger size would have held it.
		expect(layout.textSize).toBeGreaterThanOrEqual(38);
		const larger = CLAIM_TEXT_SIZES[CLAIM_TEXT_SIZES.indexOf(layout.textSize as (typeof CLAIM_TEXT_SIZES)[number]) - 1]!;
		expect(await fitsAt(card, { ...layout, textSize: larger })).toBe(false);
	}, 30_000);

	it('cuts a 600-character claim between two words, with an ellipsis, keeping as many as fit', async () => {
		const text = prose(600);
		expect(text.length).toBeLessThanOrEqual(600);
		const card = claimOgCard(piece([claim(text)]), 0);
		const layout = await layOutClaimCard(card);

		expect(layout.cut).toBe(true);
		expect(layout.textSize).toBe(CLAIM_TEXT_SIZES.at(-1));
		expect(layout.text.endsWith(ELLIPSIS)).toBe(true);
		const kept = words(layout.text.slice(0, -ELLIPSIS.length));
		const all = words(text);
		// Every word kept is a whole word of the claim, in order (the last may lose a comma or full stop).
		expect(kept.slice(0, -1)).toEqual(all.slice(0, kept.length - 1));
		expect(all[kept.length - 1]!.startsWith(kept.at(-1)!)).toBe(true);
		expect(all[kept.length - 1]!.replace(/[,;:.]+$/, '')).toBe(kept.at(-1));
		expect(layout.textHeight).toBeLessThanOrEqual(layout.spaceHeight + 0.5);
		// One word more would not have fitted.
		expect(await fitsAt(card, { ...layout, text: cutAtWord(all, kept.length + 1) })).toBe(false);
	}, 30_000);

	it('gives the headline at most two lines, cut at a word', async () => {
		const title =
			'A headline that runs to the longest a headline may be, one hundred and forty characters, so that the line under the claim cannot hold it all';
		expect(title.length).toBeLessThanOrEqual(140);
		const layout = await layOutClaimCard(claimOgCard(piece([claim('A short claim.')], { title }), 0));
		expect(layout.headlineCut).toBe(true);
		expect(layout.positionLines).toBe(2);
		expect(layout.headline.endsWith(ELLIPSIS)).toBe(true);
		expect(title.startsWith(layout.headline.slice(0, -ELLIPSIS.length))).toBe(true);
		expect(title[layout.headline.length - ELLIPSIS.length]).toMatch(/[\s,]/);

		const short = await layOutClaimCard(claimOgCard(piece([claim('A short claim.')]), 0));
		expect(short).toMatchObject({ headlineCut: false, headline: 'On Khamenei’s call for a combined “offensive”', positionLines: 1 });
		// The space a claim can have, which the first size tried relies on.
		expect(short.spaceHeight).toBeLessThanOrEqual(CLAIM_SPACE_AT_MOST + 0.5);
		expect(short.spaceHeight).toBeGreaterThan(CLAIM_SPACE_AT_MOST - POSITION_SIZE * POSITION_LINE_HEIGHT);
	}, 30_000);

	it('makes a long word fit its line by choosing a smaller size, not by breaking it', async () => {
		const long = 'Menschenrechtsorganisationenverband';
		const layout = await layOutClaimCard(claimOgCard(piece([claim(`The ${long} said so.`)]), 0));
		const { boxes } = await layOut(
			node(
				'div',
				{ display: 'flex', alignItems: 'flex-start', fontFamily: OG_FONT_FAMILY, fontWeight: 700, fontSize: layout.textSize },
				node('div', { display: 'flex', whiteSpace: 'nowrap' }, long, 'word'),
			),
			{ draw: false },
		);
		expect(boxes.get('word')!.width).toBeLessThanOrEqual(CLAIM_TEXT_WIDTH);
		expect(layout.textSize).toBeLessThan(CLAIM_TEXT_SIZES[0]);
		expect(layout.lines).toBe(3);
	}, 30_000);

	it('sets a Persian claim and its headline right to left: first words at the right, lines flush right', async () => {
		const title = 'درباره فراخوان خامنه‌ای برای «تهاجم» ترکیبی';
		const card = claimOgCard(piece([claim(PERSIAN)], { lang: 'fa', title }), 0);
		const layout = await layOutClaimCard(card);
		expect(layout.cut).toBe(false);
		const placed = await placedWords(card, layout);
		// Every letter, in the order written (satori places a final full stop on its own).
		expect(placed.map(({ word }) => word).join('')).toBe(PERSIAN.replace(/\s/g, ''));
		const lines = expectRightToLeft(placed);
		expect(lines.length).toBe(layout.lines);
		// The headline too, quotation marks and all, after the card's own "ادعای ۱ از ۱ در", at its right.
		const headline = await placedWords(card, layout, POSITION_SIZE);
		expect(headline.map(({ word }) => word).join('')).toBe(title.replace(/\s/g, ''));
		expectRightToLeft(headline);
		// The last line, shorter than the others, ends at the left of a line flush right.
		const first = placed.filter((word) => word.y === lines[0]);
		const last = placed.filter((word) => word.y === lines.at(-1));
		expect(first[0]!.x).toBeGreaterThan(OG_WIDTH / 2);
		expect(last.at(-1)!.x).toBeGreaterThan(first.at(-1)!.x);
	}, 30_000);
});

describe('claim card images', () => {
	// resvg is loaded once a process, by og-image.ts: drawing one card loads it for the tests that call it directly.
	beforeAll(() => ogImagePng(claimOgCard(piece([claim('A claim.')]), 0)));

	it('draws two different claims as two different 1200x630 PNGs, each once', async () => {
		const claims = [claim('Hackers leaked footage from inside prisons.', { status: 'corroborated' }), claim(prose(300), { status: 'unverified' })];
		const [first, second] = await Promise.all([0, 1].map((index) => renderOgImage(claimOgCard(piece(claims), index), cacheDir)));
		for (const made of [first!, second!]) {
			expect(made.fromCache).toBe(false);
			expect(pngSize(made.png)).toEqual({ width: OG_WIDTH, height: OG_HEIGHT });
			expect(made.png.length).toBeLessThan(300_000);
		}
		expect(first!.png.equals(second!.png)).toBe(false);
		const again = await renderOgImage(claimOgCard(piece(claims), 0), cacheDir);
		expect(again.fromCache).toBe(true);
		expect(again.png.equals(first!.png)).toBe(true);
	}, 30_000);

	it('shows each status in its own colour, and by a mark of its own that does not need the colour', async () => {
		const statuses = ['corroborated', 'disputed', 'attributed', 'unverified'] as const;
		const drawn = await Promise.all(
			statuses.map(async (status) => {
				const { svg } = await layOut(
					claimCardTree(claimOgCard(piece([claim('A claim.', { status })]), 0), { textSize: 72, text: 'A claim.', headline: 'A headline' }),
				);
				const resvg = new Resvg(svg, { font: { loadSystemFonts: false } });
				const image = resvg.render();
				const pixels = image.pixels.slice();
				image.free();
				resvg.free();
				const at = (x: number, y: number) => pixels.subarray(4 * (y * OG_WIDTH + x), 4 * (y * OG_WIDTH + x) + 3);
				// The bar across the top, and the mark in black and white: light or dark, whatever the colours.
				let mark = '';
				for (let y = 66; y < 66 + 56; y += 2)
					for (let x = 70; x < 70 + 56; x += 2) mark += at(x, y).reduce((sum, value) => sum + value, 0) > 3 * 160 ? '#' : '.';
				return { bar: [...at(600, 4)].join(','), mark };
			}),
		);
		expect(new Set(drawn.map(({ bar }) => bar)).size).toBe(statuses.length);
		for (const [index, { mark }] of drawn.entries()) {
			// Each mark is a shape on its circle, not an empty disc, and a shape unlike the others, not a shifted copy.
			expect(mark.match(/#/g)!.length).toBeGreaterThan(40);
			for (const other of drawn.slice(index + 1)) expect([...mark].filter((cell, at) => cell !== other.mark[at]).length).toBeGreaterThan(30);
		}
	}, 30_000);
});
