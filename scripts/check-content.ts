// `npm run check:content`: every content error in every file, without building the site.
import { checkContent } from '../src/content-check/check-content.ts';
import { formatContentErrors } from '../src/content-check/content-error.ts';
import { contentDir } from '../src/lib/content-dir.ts';

const result = await checkContent(contentDir());
if (result.errors.length > 0) {
	console.error(formatContentErrors(result.errors));
	process.exit(1);
}
const scheduled = result.scheduled > 0 ? `, ${result.scheduled} scheduled for a later day` : '';
console.log(`Content is valid: ${result.published} published piece(s) (${result.articles} in all${scheduled}), ${result.sources} source(s).`);
