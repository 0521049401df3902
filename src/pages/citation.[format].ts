import type { APIRoute, GetStaticPaths } from 'astro';
import { citationFormats, type CitationFormat } from '../lib/citation-files';
import { citationOfThesis } from '../lib/thesis-citation';
import { loadThesis } from '../model/load';

/** The citation of the current edition as files: /citation.bib, /citation.ris, /citation.json (CSL-JSON). */
export const getStaticPaths = (() =>
	Object.keys(citationFormats).map((format) => ({ params: { format } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
	const { type, write } = citationFormats[params.format as CitationFormat];
	const text = write(citationOfThesis(await loadThesis()));
	return new Response(text, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
};
