// `npm run new -- "The headline" [--slug=the-address]`: a draft piece with every field, an
// example claim marked in the body, and an example source, ready to build. Never overwrites.
import { relative } from 'node:path';
import { AuthoringError, createPiece } from '../src/authoring/new-content.ts';
import { contentDir } from '../src/lib/content-dir.ts';
import { localToday, options } from './authoring-args.ts';

const { positional, named } = options(process.argv.slice(2));
try {
	const { piece, source } = await createPiece(contentDir(), positional.join(' '), { slug: named.slug, today: localToday() });
	console.log(`Wrote ${relative(process.cwd(), piece)}
  and ${relative(process.cwd(), source)}, an example source it cites.

The piece is a draft: it is checked but not published. Fill in every line that says TO FILL
(and delete the words TO FILL), add its sources (npm run new:source -- <address>) and delete the
example source once no claim cites it, then set draft: false. See docs/authoring.md.
npm run check:content says what is still missing; npm run dev shows the piece as you write.`);
} catch (error) {
	if (!(error instanceof AuthoringError)) throw error;
	console.error(`Nothing written: ${error.message}`);
	process.exit(1);
}
