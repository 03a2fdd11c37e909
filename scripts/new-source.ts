// `npm run new:source -- <address> [--publisher="Name"] [--published=YYYY-MM-DD]`: a source file
// for a page a claim rests on, accessed today, its id made of the publisher and the date.
// Refuses an address a source has already, and never overwrites.
import { relative } from 'node:path';
import { AuthoringError, createSource } from '../src/authoring/new-content.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { localToday, options } from './authoring-args.ts';

const { positional, named } = options(process.argv.slice(2));
try {
	const { source, id } = await createSource(contentDir(), positional[0] ?? '', { today: localToday(), published: named.published, publisher: named.publisher });
	console.log(`Wrote ${relative(process.cwd(), source)}. Cite it in a claim as sources: [${id}]
Fill in the title and the publisher (the TO FILL lines), check the kind, and add the date the
page was published if it gives one. You may rename the file to a clearer id; cite the new name.`);
} catch (error) {
	if (!(error instanceof AuthoringError)) throw error;
	console.error(`Nothing written: ${error.message}`);
	process.exit(1);
}
