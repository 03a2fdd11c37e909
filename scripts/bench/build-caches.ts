import { join } from 'node:path';

/** The preview-image cache of a build of ours whose caches are kept in `caches`. */
export const ogCache = (caches: string) => join(caches, 'og');

/** The environment that keeps a build's caches (preview images, content check, search index) in `caches`, out of the project's own. */
export function buildCachesEnv(caches: string): Record<string, string> {
	return {
		OG_CACHE_DIR: ogCache(caches),
		CONTENT_CHECK_CACHE_DIR: join(caches, 'content-check'),
		SEARCH_INDEX_CACHE_DIR: join(caches, 'search-index'),
	};
}
