import type { APIRoute } from 'astro';
import { atomFeed } from '../lib/feeds.ts';
import { siteChannel } from '../lib/site-feeds.ts';

export const GET: APIRoute = async (context) =>
	new Response(atomFeed(await siteChannel(context, 'atom.xml')), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
