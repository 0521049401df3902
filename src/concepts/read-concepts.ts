import { readCollection } from '../validation/content-files';

/** What the Markdown pipeline needs of a concept to link its mentions. */
export interface ConceptSummary {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;

/**
 * The concepts of `content/concepts/`, read straight from their frontmatter: Markdown
 * plugins run outside Astro's content layer. (The schema validates them in the build.)
 */
export function readConcepts(contentDir: string): ConceptSummary[] {
	return readCollection(contentDir, 'concepts').flatMap(({ id, data }) => {
		if (!isText(data.term) || !isText(data.definition)) return [];
		const aliases = Array.isArray(data.aliases) ? data.aliases.filter(isText) : [];
		return [{ id, term: data.term, aliases, definition: data.definition }];
	});
}
