import { loadContent } from '../content/load.ts';

/** What the Markdown pipeline needs of a concept to link its mentions. */
export interface ConceptSummary {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The concepts of `content/concepts/`, from the content pipeline's one read of them:
 * Markdown plugins run outside the thesis model. (The rules validate them.)
 */
export function readConcepts(contentDir: string): ConceptSummary[] {
	return loadContent(contentDir)
		.entries.filter((entry) => entry.collection === 'concepts')
		.flatMap(({ id, data }) => {
			if (!isText(data.term) || !isText(data.definition)) return [];
			const aliases = Array.isArray(data.aliases) ? data.aliases.filter(isText) : [];
			return [{ id, term: data.term, aliases, definition: data.definition }];
		});
}
