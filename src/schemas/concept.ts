import { z } from 'astro/zod';
import type { ReferenceFactory } from './reference';

/** Frontmatter of a concept of the thesis: a file in `content/concepts/`. */
export const conceptSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** The term as the thesis writes it, e.g. "Internet of things". */
			term: z.string().trim().min(1, 'term must not be empty'),
			/** Other names the thesis (or a reader) uses for it; they find and link the concept too. */
			aliases: z.array(z.string().trim().min(1, 'an alias must not be empty')).default([]),
			/** What the thesis says it is: a quote or close paraphrase, never an outside definition. */
			definition: z.string().trim().min(1, 'definition must not be empty: quote or paraphrase the thesis'),
			/** Ids of related concepts (file names in `content/concepts/`). */
			related: z.array(reference('concepts')).default([]),
		})
		.strict();

/** The concepts a page declares it discusses (ids of files in `content/concepts/`). */
export const conceptsField = (reference: ReferenceFactory) => z.array(reference('concepts')).default([]);

/** Whether mentions of concepts in the page's text link to them (on by default). */
export const conceptLinksField = () => z.boolean({ error: 'conceptLinks must be true or false' }).default(true);
