import satori from 'satori';
import { OG_HEIGHT, OG_WIDTH, type OgNode } from './og-card.ts';
import { ogFonts } from './og-fonts.ts';

export class OgImageError extends Error {}

/** A laid-out box, as satori placed it. */
export interface LaidOutBox {
	width: number;
	height: number;
}

export interface LaidOut {
	/** The vector image: exactly what the PNG will show, when drawn. */
	svg: string;
	/** The boxes of the tree that have a `key`, by key. */
	boxes: Map<string, LaidOutBox>;
}

export interface LayoutOptions {
	width?: number;
	height?: number;
	/**
	 * Whether the image is wanted, or only the sizes of its boxes. Without it, satori writes the
	 * words as SVG text instead of drawing every letter as a path: the same layout, from the same
	 * fonts, in a third of the time.
	 */
	draw?: boolean;
}

/**
 * Lays out a tree with satori, and draws it. The sizes of the boxes come from the layout that
 * draws them, so that what a card measures to choose its type size is what it prints.
 */
export async function layOut(tree: OgNode, { width = OG_WIDTH, height = OG_HEIGHT, draw = true }: LayoutOptions = {}): Promise<LaidOut> {
	const boxes = new Map<string, LaidOutBox>();
	// satori's types want a React element; the tree has that shape.
	const svg = await satori(tree, {
		width,
		height,
		fonts: ogFonts(),
		embedFont: draw,
		onNodeDetected: ({ key, width, height }) => {
			if (typeof key === 'string') boxes.set(key, { width, height });
		},
		// satori asks for a font when none of ours has a glyph; printing boxes instead would go unseen.
		loadAdditionalAsset: (_language, segment) => Promise.reject(new OgImageError(`no font in src/og/og-fonts.ts can draw "${segment}"`)),
	});
	return { svg, boxes };
}
