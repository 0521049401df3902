import type { APIRoute } from 'astro';
import { quickIndex } from '../components/search/quick-index.ts';
import { loadThesis } from '../model/load.ts';

/** The quick search index (see quick-index.ts), fetched when a reader shows intent to search. */
export const GET: APIRoute = async () =>
	new Response(JSON.stringify(quickIndex(await loadThesis())), { headers: { 'Content-Type': 'application/json' } });
