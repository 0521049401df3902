import type { ThesisInput } from '../model/thesis.ts';
import { thesisSchema } from '../schemas/thesis.ts';
import type { Content, Entry } from './entry.ts';
import type { Collection } from './read.ts';
import { schemas } from './rules/frontmatter.ts';

/**
 * The model's input from content the rules found valid: each frontmatter parsed by its
 * schema (defaults filled in, references as `{ id, collection }`), the editions in order.
 */
export function validInput(content: Content): ThesisInput {
	const parse = <C extends Collection>(collection: C) =>
		content.entries
			.filter((entry): entry is Entry & { collection: C } => entry.collection === collection)
			.map((entry) => ({ ...entry, data: schemas[collection].parse(entry.data) }));
	return {
		metadata: thesisSchema().parse(content.thesis.data),
		chapters: parse('chapters'),
		dynamics: parse('dynamics'),
		challenges: parse('challenges'),
		figures: parse('figures'),
		concepts: parse('concepts'),
		passages: content.passages,
		editions: content.editions.flatMap((file) => (file.record ? [file.record] : [])),
	} as ThesisInput;
}
