import type { Thesis } from '../model/thesis.ts';
import { paths } from '../model/routes.ts';
import type { CitationSource } from './citation.ts';
import { absoluteUrl, siteHref } from './urls.ts';

/** The citation of the whole thesis in its current edition: its full text's address and the last recorded edition. */
export function citationOfThesis(thesis: Thesis): CitationSource {
	const edition = thesis.editions.current;
	return {
		metadata: thesis.metadata,
		url: absoluteUrl(siteHref(paths.fullText)),
		...(edition ? { edition } : {}),
	};
}
