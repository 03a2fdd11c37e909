// The baseline of `npm run bench`: a bare Astro 7 site over the same content as Dossier's —
// one layout, one glob collection, Astro's default Markdown processor, no integrations —
// indexed by Pagefind's command line afterwards. It shows what Astro itself costs.
import { defineConfig } from 'astro/config';

export default defineConfig({
	site: 'https://bare.example',
	trailingSlash: 'always',
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
