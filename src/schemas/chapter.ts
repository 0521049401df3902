import { z } from 'astro/zod';
import { conceptLinksField, conceptsField } from './concept';
import { sectionField, summaryField, titleField } from './fields';
import type { ReferenceFactory } from './reference';

/** Collections whose entries a chapter page can list after its own text. */
export const listableCollections = ['dynamics', 'challenges'] as const;

/** Frontmatter of a chapter (introduction, chapter leads, summary): `content/chapters/`. */
export const chapterSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** The chapter heading without its number, e.g. "Summary". */
			title: titleField(),
			/** The chapter number, e.g. "4"; orders chapters. */
			section: sectionField(1),
			/** One sentence drawn from the chapter. */
			summary: summaryField(),
			/** Makes this chapter the index of a collection, listed after the chapter's text. */
			lists: z.enum(listableCollections).optional(),
			/** Ids of the concepts this chapter discusses (file names in `content/concepts/`). */
			concepts: conceptsField(reference),
			/** Set to false to keep this page's mentions of concepts unlinked. */
			conceptLinks: conceptLinksField(),
		})
		.strict();
