import type { Thesis } from '../model/thesis';
import { paths } from '../model/routes';
import type { CitationSource } from './citation';
import { absoluteUrl, siteHref } from './urls';

/** The citation of the whole thesis in its current edition: its full text's address and the last recorded edition. */
export function citationOfThesis(thesis: Thesis): CitationSource {
	const edition = thesis.editions.current;
	return {
		metadata: thesis.metadata,
		url: absoluteUrl(siteHref(paths.fullText)),
		...(edition ? { edition } : {}),
	};
}
