/**
 * Where the thesis lives. Everything thesis-specific is read from this folder, so the
 * generator publishes another thesis when it points elsewhere (tests use this to build
 * fixtures).
 */
export const contentDir = process.env.THESIS_CONTENT_DIR ?? './content';

/** Build caches (Astro's content store, rendered diagrams); fixture builds use their own. */
export const cacheDir = process.env.THESIS_CACHE_DIR ?? './node_modules/.astro';
