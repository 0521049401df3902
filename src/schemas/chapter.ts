import { z } from 'astro/zod';
import { conceptLinksField, conceptsField } from './concept.ts';
import { sectionField, summaryField, titleField } from './fields.ts';
import type { ReferenceFactory } from './reference.ts';

/** Collections whose entries a chapter page can list after its own text. */
export const listableCollections = ['dynamics', 'challenges'] as const;

/** Frontmatter of a chapter (introduction, chapter leads, summary): `content/chapters/`. */
export const chapterSchema = (reference: ReferenceFactory) =>
	z
		.object({
			title: titleField(),
			section: sectionField(1),
			summary: summaryField(),
			lists: z
				.enum(listableCollections)
				.optional()
				.describe('Makes this chapter the index of the dynamics or the challenges, listed after its text.'),
			concepts: conceptsField(reference),
			conceptLinks: conceptLinksField(),
		})
		.strict();
