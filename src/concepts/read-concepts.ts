import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the Markdown pipeline needs of a concept to link its mentions. */
export interface ConceptSummary {
	id: string;
	term: string;
	aliases: string[];
	definition: string;
}

/**
 * The concepts of `content/concepts/`, read straight from their frontmatter: Markdown
 * plugins run outside Astro's content layer. (The schema validates them in the build.)
 */
export function readConcepts(contentDir: string): ConceptSummary[] {
	const folder = join(contentDir, 'concepts');
	let files: string[];
	try {
		files = readdirSync(folder).filter((name) => /\.mdx?$/.test(name));
	} catch {
		return [];
	}
	return files.flatMap((name) => {
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(join(folder, name), 'utf8'));
		const data = match ? (parse(match[1]) as Partial<ConceptSummary> | null) : null;
		if (!data?.term || !data.definition) return [];
		return [{ id: name.replace(/\.mdx?$/, ''), term: data.term, aliases: data.aliases ?? [], definition: data.definition }];
	});
}
