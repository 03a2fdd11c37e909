import { pathToFileURL } from 'node:url';
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

const content = process.env.CONTENT_DIR;
if (!content) throw new Error('CONTENT_DIR names the content to build');

export const collections = {
	articles: defineCollection({ loader: glob({ base: new URL('articles/', pathToFileURL(`${content}/`)), pattern: '**/*.md' }) }),
};
