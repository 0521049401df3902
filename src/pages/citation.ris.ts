import type { APIRoute } from 'astro';
import { citationResponse } from '../lib/citation-files.ts';
import { citationOfThesis } from '../lib/thesis-citation.ts';
import { loadThesis } from '../model/load.ts';

/** The citation of the current edition as RIS, linked from every page. */
export const GET: APIRoute = async () => citationResponse('ris', citationOfThesis(await loadThesis()));
