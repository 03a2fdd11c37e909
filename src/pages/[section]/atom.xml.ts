import type { APIRoute, GetStaticPaths } from 'astro';
import { atomFeed } from '../../lib/feeds.ts';
import { siteChannel } from '../../lib/site-feeds.ts';
import { otherSections, sectionOf } from '../../i18n/sections.ts';

// A section of its own once a published piece is in its language (src/i18n/sections.ts).
export const getStaticPaths = (() => otherSections()) satisfies GetStaticPaths;

export const GET: APIRoute = async (context) =>
	new Response(atomFeed(await siteChannel(context, 'atom.xml', sectionOf(context.params))), {
		headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' },
	});
