import { z } from 'astro/zod';
import { summaryField, titleField } from './fields.ts';
import { conceptLinksField, conceptsField } from './concept.ts';
import { hinted } from './hints.ts';
import type { ReferenceFactory } from './reference.ts';

/** Frontmatter of one development dynamic: a file in `content/dynamics/`. */
export const dynamicSchema = (reference: ReferenceFactory) =>
	z
		.object({
			title: titleField(),
			summary: summaryField(),
			category: hinted(
				z
					.string({ error: 'category must be the id of a category declared in thesis.json' })
					.min(1, 'category must not be empty'),
				{ description: 'Its family, one of the categories of thesis.json: gives its section.', category: true },
			),
			position: z
				.number({ error: 'position must be a whole number, e.g. 2' })
				.int('position must be a whole number')
				.positive('position starts at 1')
				.describe('The thesis’s (1), (2), … within its category: orders pages and navigation.'),
			relatedChallenges: z
				.array(reference('challenges'))
				.default([])
				.describe('Challenges that concern this dynamic (shown on both pages).'),
			concepts: conceptsField(reference),
			conceptLinks: conceptLinksField(),
		})
		.strict();
