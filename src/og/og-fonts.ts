import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A font as satori takes it. */
export interface OgFont {
	name: string;
	data: Buffer;
	weight: 400 | 700;
	style: 'normal';
}

/**
 * The fonts come from npm packages (Fontsource), never from the network: a build needs no
 * connection. satori reads WOFF, not WOFF2. Noto Sans covers Latin (with the accented letters
 * of latin-ext) and Cyrillic; Vazirmatn covers Persian and Arabic. A headline in any other
 * script stops the build with its name (see og-image.ts), rather than printing empty boxes.
 */
const FONT_FILES: { name: string; file: string; weight: 400 | 700 }[] = [
	...(['latin', 'latin-ext', 'cyrillic'] as const).flatMap((subset) =>
		([400, 700] as const).map((weight) => ({
			name: 'Noto Sans',
			file: `@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`,
			weight,
		})),
	),
	...([400, 700] as const).map((weight) => ({
		name: 'Vazirmatn',
		file: `@fontsource/vazirmatn/files/vazirmatn-arabic-${weight}-normal.woff`,
		weight,
	})),
];

/** The packages the fonts come from: a new version may draw the cards differently. */
export const OG_FONT_PACKAGES = [...new Set(FONT_FILES.map(({ file }) => file.split('/files/')[0]!))];

/** The font names in the order satori should try them for a glyph. */
export const OG_FONT_FAMILY = "'Noto Sans', 'Vazirmatn'";

let fonts: OgFont[] | undefined;

export function ogFonts(): OgFont[] {
	const require = createRequire(import.meta.url);
	fonts ??= FONT_FILES.map(({ name, file, weight }) => ({
		name,
		data: readFileSync(require.resolve(file)),
		weight,
		style: 'normal' as const,
	}));
	return fonts;
}
