/** The names a concept is known by: its term and its aliases. */
export interface ConceptNames {
	id: string;
	names: string[];
}

export interface ConceptMatch {
	id: string;
	/** Where the mention starts in the text, and the text as written there. */
	index: number;
	text: string;
}

/** Letters and digits: a name must not start or end inside a word. */
const boundaryBefore = '(?<![\\p{L}\\p{N}])';
const boundaryAfter = '(?![\\p{L}\\p{N}])';

/**
 * Finds mentions of concepts in plain text: whole words, any case, straight or curly
 * quotes alike; at one place the longest name wins ("big data infrastructure" over "big data").
 */
export function createConceptMatcher(concepts: ConceptNames[]): (text: string) => ConceptMatch[] {
	const byName = new Map<string, string>();
	for (const concept of concepts) for (const name of concept.names) byName.set(fold(name), concept.id);
	const names = [...byName.keys()].sort((a, b) => b.length - a.length);
	if (names.length === 0) return () => [];
	const pattern = new RegExp(`${boundaryBefore}(?:${names.map(toPattern).join('|')})${boundaryAfter}`, 'giu');
	return (text) =>
		[...text.matchAll(pattern)].flatMap((match) => {
			const id = byName.get(fold(match[0]));
			return id ? [{ id, index: match.index, text: match[0] }] : [];
		});
}

/** Case and quote style do not matter when comparing names. */
function fold(name: string): string {
	return name
		.toLowerCase()
		.replace(/[“”„"]/g, '"')
		.replace(/[‘’']/g, "'")
		.replace(/\s+/g, ' ');
}

function toPattern(folded: string): string {
	return folded
		.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
		.replace(/"/g, '["“”„]')
		.replace(/'/g, "['‘’]")
		.replace(/ /g, '\\s+');
}
