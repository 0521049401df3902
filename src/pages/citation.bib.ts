import type { APIRoute } from 'astro';
import { citationResponse } from '../lib/citation-files';
import { citationOfThesis } from '../lib/thesis-citation';
import { loadThesis } from '../model/load';

/** The citation of the current edition as BibTeX, linked from every page. */
export const GET: APIRoute = async () => citationResponse('bib', citationOfThesis(await loadThesis()));
