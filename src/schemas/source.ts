import { z } from 'astro/zod';
import { HttpUrlSchema, textSchema } from './common.ts';
import { IsoDaySchema } from './dates.ts';

export const SOURCE_KINDS = ['news', 'court', 'government', 'ngo', 'advocacy', 'reference', 'social', 'other'] as const;

/** One file in `content/sources/<id>.yaml`: a page a claim rests on. The id is the file name. */
export const SourceSchema = z.strictObject({
	/** The outlet that published the page at `url`. */
	publisher: textSchema(120),
	/** The headline as published; where it was not seen, a bracketed description says so. */
	title: textSchema(300),
	url: HttpUrlSchema,
	/** When the page was published, where that is known. */
	published: IsoDaySchema.optional(),
	/** When the editors last read the page. */
	accessed: IsoDaySchema.optional(),
	/** A copy in a web archive, for when the page moves or disappears. */
	archive: HttpUrlSchema.optional(),
	kind: z.enum(SOURCE_KINDS),
	/** Provenance a reader needs: whose report this copy carries, an aligned outlet, an inferred date. */
	note: textSchema(300).optional(),
});

export type Source = z.output<typeof SourceSchema>;
export type SourceKind = Source['kind'];
