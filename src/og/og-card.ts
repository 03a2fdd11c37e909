import type { ClaimStatus } from '../schemas/article.ts';
import { OG_FONT_FAMILY } from './og-fonts.ts';

/** What a shared link's preview image says of a piece, or of the site, in words already formatted. */
export interface PieceOgCard {
	type: 'piece';
	headline: string;
	/** `rtl` for a headline in Persian, Arabic… */
	dir: 'ltr' | 'rtl';
	/** "Opinion"; none on the site's own card. */
	kind?: string;
	/** "Dated 14 February 2022" */
	date?: string;
	/** "16 claims checked" */
	claims?: string;
	siteName: string;
	/** `rtl` when the card's own words (kind, date, count) are in a right-to-left language: the rows are mirrored. */
	labelsDir?: 'rtl';
}

/**
 * What the preview image of one claim shows, and nothing else: this is the key of its image in
 * the cache (og-image.ts), so that a claim is drawn again exactly when something it shows changes.
 */
export interface ClaimOgCard {
	type: 'claim';
	/** Chooses the colour and the mark. */
	status: ClaimStatus;
	/** "Attributed only" */
	statusLabel: string;
	/** The claim's words, white space collapsed; the card fits them (og-claim-layout.ts). */
	text: string;
	/** Of the claim and of the headline, which are in the piece's language. */
	dir: 'ltr' | 'rtl';
	/** "Claim 8 of 16 in": what leads to the headline. */
	position: string;
	headline: string;
	siteName: string;
	/** `rtl` when the card's own words (status, position) are in a right-to-left language: the rows are mirrored. */
	labelsDir?: 'rtl';
}

export type OgCard = PieceOgCard | ClaimOgCard;

export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;
const PADDING = 64;
const ACCENT_BAR = 16;

/** The light theme's colours (src/styles/global.css): the image looks like the page it leads to. */
export const COLOURS = { bg: '#fdfcfa', text: '#1c1b19', muted: '#55524b', rule: '#d9d5cc', accent: '#0b5394' };

/** A node of the tree satori lays out: the shape of a React element, without React. */
export interface OgNode {
	type: string;
	/** Names a box whose laid-out size the caller reads back (og-layout.ts). */
	key?: string;
	props: { style?: Record<string, string | number>; children?: string | OgNode | (string | OgNode)[]; [attribute: string]: unknown };
}

export function node(type: string, style: Record<string, string | number>, children?: OgNode['props']['children'], key?: string): OgNode {
	return { type, ...(key === undefined ? {} : { key }), props: { style, ...(children === undefined ? {} : { children }) } };
}

/** Longer headlines get smaller type, so the longest allowed (140 characters) still fits in four lines. */
function headlineSize(headline: string): number {
	// eslint-disable-next-line @typescript-eslint/no-misused-spread -- letters are counted by code point
	const length = [...headline].length;
	if (length <= 50) return 76;
	if (length <= 80) return 64;
	if (length <= 110) return 56;
	return 50;
}

/**
 * The card of a piece. The accent bar and the rule above the footer are boxes of their own, not
 * borders: satori draws a border through clip paths and masks over the whole card, which made
 * resvg rasterise each card several times over.
 */
export function ogCardTree(card: PieceOgCard): OgNode {
	const rtl = card.dir === 'rtl';
	const mirrored = card.labelsDir === 'rtl';
	const row = mirrored ? { flexDirection: 'row-reverse', direction: 'rtl' } : {};
	return cardFrame([
		node('div', { display: 'flex', width: OG_WIDTH, height: ACCENT_BAR, backgroundColor: COLOURS.accent }),
		node(
			'div',
			{
				// satori adds padding outside a box's width and height, as in content-box.
				width: OG_WIDTH - 2 * PADDING,
				height: OG_HEIGHT - 2 * PADDING - ACCENT_BAR,
				display: 'flex',
				flexDirection: 'column',
				justifyContent: 'space-between',
				padding: PADDING,
			},
			[
				node('div', { display: 'flex', alignItems: 'center', minHeight: 53, fontSize: 30, color: COLOURS.muted, ...row }, [
					...(card.kind === undefined
						? []
						: [
								node(
									'div',
									{
										display: 'flex',
										padding: '6px 18px',
										...(mirrored ? { marginLeft: 24 } : { marginRight: 24 }),
										borderRadius: 6,
										backgroundColor: COLOURS.text,
										color: COLOURS.bg,
										fontWeight: 700,
										// Spacing letters apart would break the joined letters of Persian.
										...(mirrored ? {} : { textTransform: 'uppercase', letterSpacing: 2 }),
									},
									card.kind,
								),
							]),
					...(card.date === undefined ? [] : [node('div', { display: 'flex' }, card.date)]),
				]),
				// An explicit width: satori places right-to-left lines wrongly in a box that sizes itself.
				node(
					'div',
					{
						display: 'flex',
						width: OG_WIDTH - 2 * PADDING,
						fontSize: headlineSize(card.headline),
						fontWeight: 700,
						lineHeight: 1.2,
						...(rtl ? { direction: 'rtl', textAlign: 'right' } : {}),
					},
					card.headline,
				),
				node('div', { display: 'flex', flexDirection: 'column' }, [
					node('div', { display: 'flex', width: OG_WIDTH - 2 * PADDING, height: 2, marginBottom: 24, backgroundColor: COLOURS.rule }),
					node('div', { display: 'flex', justifyContent: 'space-between', alignItems: 'center', fontSize: 30, color: COLOURS.muted, ...row }, [
						node('div', { display: 'flex', fontSize: 40, fontWeight: 700, color: COLOURS.text }, card.siteName),
						node('div', { display: 'flex' }, card.claims ?? ''),
					]),
				]),
			],
		),
	]);
}

/** The card itself: its size, its colours and its type, its parts in a column. Every card is drawn in one. */
export function cardFrame(children: OgNode[]): OgNode {
	return node(
		'div',
		{
			width: OG_WIDTH,
			height: OG_HEIGHT,
			display: 'flex',
			flexDirection: 'column',
			backgroundColor: COLOURS.bg,
			color: COLOURS.text,
			fontFamily: OG_FONT_FAMILY,
		},
		children,
	);
}
