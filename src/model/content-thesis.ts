import type { Content } from '../content/entry.ts';
import { validInput } from '../content/valid.ts';
import { buildThesis, type Thesis } from './thesis.ts';

/** The model of each parse of the content, in this module graph. */
const built = new WeakMap<Content, Thesis>();

/**
 * The thesis model of parsed content that passed the rules, built once per parse: the
 * build's integrations (the generated diagrams, the link-preview cards) share it.
 */
export function thesisOf(content: Content): Thesis {
	let thesis = built.get(content);
	if (!thesis) {
		thesis = buildThesis(validInput(content));
		built.set(content, thesis);
	}
	return thesis;
}
