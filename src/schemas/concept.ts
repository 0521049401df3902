import { z } from 'astro/zod';
import { hinted } from './hints.ts';
import type { ReferenceFactory } from './reference.ts';

/** Frontmatter of a concept of the thesis: a file in `content/concepts/`. */
export const conceptSchema = (reference: ReferenceFactory) =>
	z
		.object({
			term: z
				.string()
				.trim()
				.min(1, 'term must not be empty')
				.describe('The term as the thesis writes it, e.g. “Internet of things”.'),
			aliases: z
				.array(z.string().trim().min(1, 'an alias must not be empty'))
				.default([])
				.describe('Other names the thesis (or a reader) uses for it: they find and link the concept too.'),
			definition: hinted(z.string().trim().min(1, 'definition must not be empty: quote or paraphrase the thesis'), {
				description: 'What the thesis says it is: a quote or close paraphrase, never an outside definition.',
				multiline: true,
			}),
			related: z.array(reference('concepts')).default([]).describe('Related concepts, shown on both sides.'),
		})
		.strict();

/** The concepts a page declares it discusses (ids of files in `content/concepts/`). */
export const conceptsField = (reference: ReferenceFactory) =>
	z.array(reference('concepts')).default([]).describe('The concepts this page discusses, shown as tags.');

/** Whether mentions of concepts in the page's text link to them (on by default). */
export const conceptLinksField = () =>
	z
		.boolean({ error: 'conceptLinks must be true or false' })
		.default(true)
		.describe('Link the first mention of each concept in this page’s text to it.');
