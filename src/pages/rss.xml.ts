import type { APIRoute } from 'astro';
import { rssFeed } from '../lib/feeds.ts';
import { siteChannel } from '../lib/site-feeds.ts';

export const GET: APIRoute = async (context) =>
	new Response(rssFeed(await siteChannel(context, 'rss.xml')), { headers: { 'Content-Type': 'application/rss+xml; charset=utf-8' } });
