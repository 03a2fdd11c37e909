import { pathToFileURL } from 'node:url';
import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { contentDir } from './lib/content-dir.ts';
import { articleSchema } from './schemas/article.ts';
import { SourceSchema } from './schemas/source.ts';

// The content check (src/content-check) has read every file before Astro does and stopped the
// build on any error; these schemas are the same ones, so the types below are what it checked.
const base = pathToFileURL(`${contentDir()}/`);
const fileName = ({ entry }: { entry: string }) => entry.replace(/^.*\//, '').replace(/\.(md|yaml)$/, '');

const sources = defineCollection({
	loader: glob({ base: new URL('sources/', base), pattern: '**/[^_.]*.yaml', generateId: fileName }),
	schema: SourceSchema,
});

const articles = defineCollection({
	// The slug is the file name: `content/articles/2022/<slug>.md` is published at /articles/<slug>/.
	// Astro keeps no copy of a body in its store: no page reads one, and `npm run dev` writes the
	// whole store again on every save. In `npm run dev` it keeps no rendering either: a piece is
	// rendered when a page shows it, so the server starts without rendering every piece.
	loader: glob({
		base: new URL('articles/', base),
		pattern: '**/[^_.]*.md',
		generateId: fileName,
		retainBody: false,
		deferRender: process.argv.includes('dev'),
	}),
	schema: articleSchema(reference('sources')),
});

export const collections = { sources, articles };
