/** One line of a piece's table of contents. */
export interface TocEntry {
	depth: number;
	slug: string;
	text: string;
}

/** Shown from three entries: below that, the page is short enough to scroll. */
export const TOC_MIN_ENTRIES = 3;

/** The body's own headings (levels 2 and 3), then the sections the site adds after the body. */
export function tocEntries(headings: readonly TocEntry[], sections: readonly TocEntry[]): TocEntry[] {
	return [...headings.filter((heading) => heading.depth <= 3), ...sections];
}
