import type { ClaimStatus } from '../schemas/article.ts';
import type { OgNode } from './og-card.ts';

/**
 * Each status's colours, as the light theme draws its badge (src/styles/global.css), and a mark
 * of its own so that the status does not rest on colour alone: a tick for corroborated, an
 * exclamation mark for disputed (as disputed claims are commonly flagged), quotation marks for a
 * claim only its own side reports, a question mark for one nobody has checked either way.
 */
export const STATUS_STYLES: Record<ClaimStatus, { colour: string; background: string }> = {
	corroborated: { colour: '#17633a', background: '#e4f2e8' },
	disputed: { colour: '#a12622', background: '#fbe7e5' },
	attributed: { colour: '#7a4b00', background: '#fbf0da' },
	unverified: { colour: '#4a4f58', background: '#eceef1' },
};

type Shape = { type: 'path'; d: string } | { type: 'dot'; x: number; y: number; r: number };

/** The marks, drawn on a 24-unit grid in a circle of the status's colour. */
const MARKS: Record<ClaimStatus, Shape[]> = {
	corroborated: [{ type: 'path', d: 'M6.6 12.4l3.7 3.7 7.2-7.6' }],
	disputed: [
		{ type: 'path', d: 'M12 6.3v7' },
		{ type: 'dot', x: 12, y: 17.4, r: 1.6 },
	],
	attributed: [
		{ type: 'dot', x: 8.6, y: 10.4, r: 2.5 },
		{ type: 'path', d: 'M11 10.6c0 2.9-1.4 4.8-3.9 5.8' },
		{ type: 'dot', x: 15.1, y: 10.4, r: 2.5 },
		{ type: 'path', d: 'M17.5 10.6c0 2.9-1.4 4.8-3.9 5.8' },
	],
	unverified: [
		{ type: 'path', d: 'M9.1 9.5a2.9 2.9 0 1 1 4.4 2.5c-1 .6-1.5 1.2-1.5 2.2v.4' },
		{ type: 'dot', x: 12, y: 17.6, r: 1.6 },
	],
};

/** The mark as an SVG satori embeds: drawn shapes, so that no font has to have the glyph. */
export function statusMark(status: ClaimStatus, size: number, ink: string): OgNode {
	const { colour } = STATUS_STYLES[status];
	const shapes = MARKS[status].map((shape): OgNode =>
		shape.type === 'dot'
			? { type: 'circle', props: { cx: shape.x, cy: shape.y, r: shape.r, fill: ink } }
			: { type: 'path', props: { d: shape.d, fill: 'none', stroke: ink, strokeWidth: 2.6, strokeLinecap: 'round', strokeLinejoin: 'round' } },
	);
	return {
		type: 'svg',
		props: { width: size, height: size, viewBox: '0 0 24 24', children: [{ type: 'circle', props: { cx: 12, cy: 12, r: 12, fill: colour } }, ...shapes] },
	};
}
