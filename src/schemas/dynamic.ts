import { z } from 'astro/zod';
import { summaryField, titleField } from './fields';
import { conceptLinksField, conceptsField } from './concept';
import type { ReferenceFactory } from './reference';

/** Frontmatter of one development dynamic: a file in `content/dynamics/`. */
export const dynamicSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** The thesis heading of the dynamic, e.g. "Integration of big data". */
			title: titleField(),
			/** One sentence from the thesis that says what the dynamic is. */
			summary: summaryField(),
			/** The id of its family, one of the `categories` declared in content/thesis.json. */
			category: z
				.string({ error: 'category must be the id of a category declared in thesis.json' })
				.min(1, 'category must not be empty'),
			/** The thesis's (1), (2), … within the category; orders pages and navigation. */
			position: z
				.number({ error: 'position must be a whole number, e.g. 2' })
				.int('position must be a whole number')
				.positive('position starts at 1'),
			/** Ids of the challenges (file names in `content/challenges/`) that concern this dynamic. */
			relatedChallenges: z.array(reference('challenges')).default([]),
			/** Ids of the concepts this page discusses (file names in `content/concepts/`). */
			concepts: conceptsField(reference),
			/** Set to false to keep this page's mentions of concepts unlinked. */
			conceptLinks: conceptLinksField(),
		})
		.strict();
