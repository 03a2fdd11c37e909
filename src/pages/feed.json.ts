import type { APIRoute } from 'astro';
import { jsonFeed } from '../lib/feeds.ts';
import { siteChannel } from '../lib/site-feeds.ts';

export const GET: APIRoute = async (context) =>
	new Response(jsonFeed(await siteChannel(context, 'feed.json')), { headers: { 'Content-Type': 'application/feed+json; charset=utf-8' } });
