import { cardFrame, type ClaimOgCard, COLOURS, node, OG_HEIGHT, OG_WIDTH, type OgNode } from './og-card.ts';
import { STATUS_STYLES, statusMark } from './og-status-marks.ts';

const PADDING_X = 64;
const PADDING_Y = 44;
const STATUS_BAR = 16;
const MARK = 56;
const BADGE_PADDING = 6;
const CLAIM_MARGIN = 24;
const RULE = 2;
const RULE_GAP = 20;
const SITE_NAME_SIZE = 40;
const SITE_NAME_LINE_HEIGHT = 1.1;
export const CLAIM_TEXT_WIDTH = OG_WIDTH - 2 * PADDING_X;
export const CLAIM_LINE_HEIGHT = 1.25;
/** The line under the claim: "Claim 8 of 16 in <headline>". */
export const POSITION_SIZE = 28;
export const POSITION_LINE_HEIGHT = 1.3;
export const POSITION_MAX_LINES = 2;

/** The most height the claim can be given: the card less every other box at its smallest (a headline of one line). */
export const CLAIM_SPACE_AT_MOST =
	OG_HEIGHT -
	STATUS_BAR -
	2 * PADDING_Y -
	(MARK + 2 * BADGE_PADDING) -
	2 * CLAIM_MARGIN -
	(RULE + RULE_GAP) -
	Math.max(SITE_NAME_SIZE * SITE_NAME_LINE_HEIGHT, POSITION_SIZE * POSITION_LINE_HEIGHT);

/** The boxes whose laid-out sizes og-claim-layout.ts reads back. */
export const CLAIM_BOXES = { space: 'claim-space', text: 'claim-text', position: 'claim-position' } as const;

/** What the layout chose for a card: the claim's type size, and the words of claim and headline as shown (cut or not). */
export interface ClaimCardFit {
	textSize: number;
	text: string;
	headline: string;
}

/**
 * "Claim 8 of 16 in <headline>", the headline in bold. A headline written left to right runs on
 * from "in" as a sentence would. One written right to left has a box of its own, set right to
 * left: inline in an English sentence, satori orders its words wrongly once it holds a quotation
 * mark or a bracket. Its lines start next to "in", so that a one-line headline reads on from it.
 */
function positionLine(card: ClaimOgCard, headline: string): OgNode {
	const line = {
		flexGrow: 1,
		flexShrink: 1,
		flexBasis: 0,
		fontSize: POSITION_SIZE,
		lineHeight: POSITION_LINE_HEIGHT,
		color: COLOURS.muted,
		wordBreak: 'break-word',
	};
	const bold = { fontWeight: 700, color: COLOURS.text };
	const mirrored = card.labelsDir === 'rtl';
	if (card.dir === 'ltr' && !mirrored)
		return node('div', { display: 'block', ...line }, [`${card.position} `, node('span', bold, headline)], CLAIM_BOXES.position);
	return node(
		'div',
		// With the card's own words right to left too, the row is mirrored: they stand at the right, the headline runs on to their left.
		{ display: 'flex', alignItems: 'flex-start', ...(mirrored ? { flexDirection: 'row-reverse' } : {}), ...line },
		[
			node('div', { display: 'flex', flexShrink: 0, ...(mirrored ? { marginLeft: 8, direction: 'rtl' } : { marginRight: 8 }) }, card.position),
			node('div', { display: 'block', flexGrow: 1, flexShrink: 1, flexBasis: 0, direction: 'rtl', textAlign: mirrored ? 'right' : 'left', ...bold }, headline),
		],
		CLAIM_BOXES.position,
	);
}

/**
 * The card of one claim: its status (colour, mark and words), its words as large as they fit,
 * and where it comes from. The claim is laid out in the piece's direction; the site's own words
 * are in the page's language, and in Persian the card's rows are mirrored, as the page is.
 */
export function claimCardTree(card: ClaimOgCard, fit: ClaimCardFit): OgNode {
	const style = STATUS_STYLES[card.status];
	const rtl = card.dir === 'rtl';
	const mirrored = card.labelsDir === 'rtl';
	const row = mirrored ? { flexDirection: 'row-reverse' } : {};
	return cardFrame([
		node('div', { display: 'flex', width: OG_WIDTH, height: STATUS_BAR, backgroundColor: style.colour }),
		node(
			'div',
			{
				width: CLAIM_TEXT_WIDTH,
				height: OG_HEIGHT - STATUS_BAR - 2 * PADDING_Y,
				display: 'flex',
				flexDirection: 'column',
				padding: `${PADDING_Y}px ${PADDING_X}px`,
			},
			[
				node('div', { display: 'flex', ...row }, [
					node(
						'div',
						{
							display: 'flex',
							alignItems: 'center',
							...row,
							padding: mirrored
								? `${BADGE_PADDING}px ${BADGE_PADDING}px ${BADGE_PADDING}px 26px`
								: `${BADGE_PADDING}px 26px ${BADGE_PADDING}px ${BADGE_PADDING}px`,
							borderRadius: MARK,
							backgroundColor: style.background,
						},
						[
							statusMark(card.status, MARK, COLOURS.bg),
							node(
								'div',
								{ display: 'flex', ...(mirrored ? { marginRight: 18 } : { marginLeft: 18 }), fontSize: 36, fontWeight: 700, color: style.colour },
								card.statusLabel,
							),
						],
					),
				]),
				// The space the claim may take: what is left between the status and the footer, however long the claim.
				node(
					'div',
					{
						display: 'flex',
						flexDirection: 'column',
						justifyContent: 'center',
						flexGrow: 1,
						flexShrink: 1,
						flexBasis: 0,
						minHeight: 0,
						margin: `${CLAIM_MARGIN}px 0`,
					},
					// An explicit width: satori places right-to-left lines wrongly in a box that sizes itself.
					node(
						'div',
						{
							display: 'block',
							flexShrink: 0,
							width: CLAIM_TEXT_WIDTH,
							fontSize: fit.textSize,
							fontWeight: 700,
							lineHeight: CLAIM_LINE_HEIGHT,
							// Only for a word wider than the card even at the smallest size (an address): wrapped, not lost.
							wordBreak: 'break-word',
							...(rtl ? { direction: 'rtl', textAlign: 'right' } : {}),
						},
						fit.text,
						CLAIM_BOXES.text,
					),
					CLAIM_BOXES.space,
				),
				node('div', { display: 'flex', width: CLAIM_TEXT_WIDTH, height: RULE, marginBottom: RULE_GAP, backgroundColor: COLOURS.rule }),
				node('div', { display: 'flex', alignItems: 'flex-start', justifyContent: 'space-between', ...row }, [
					positionLine(card, fit.headline),
					node(
						'div',
						{
							display: 'flex',
							flexShrink: 0,
							...(mirrored ? { marginRight: 40 } : { marginLeft: 40 }),
							fontSize: SITE_NAME_SIZE,
							lineHeight: SITE_NAME_LINE_HEIGHT,
							fontWeight: 700,
							color: COLOURS.text,
						},
						card.siteName,
					),
				]),
			],
		),
	]);
}
