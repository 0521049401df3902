import { z } from 'astro/zod';
import { sectionField, summaryField, titleField } from './fields.ts';
import { conceptLinksField, conceptsField } from './concept.ts';
import type { ReferenceFactory } from './reference.ts';

/** Frontmatter of one challenge and its suggestions: a file in `content/challenges/`. */
export const challengeSchema = (reference: ReferenceFactory) =>
	z
		.object({
			title: titleField(),
			summary: summaryField(),
			section: sectionField(2),
			suggestions: z
				.array(z.string().trim().min(1, 'a suggestion must not be empty'))
				.min(1, 'suggestions must list at least one suggestion the thesis makes')
				.describe('The suggestions the thesis makes for this challenge, one sentence each.'),
			relatedDynamics: z
				.array(reference('dynamics'))
				.default([])
				.describe('Dynamics this challenge concerns (shown on both pages).'),
			concepts: conceptsField(reference),
			conceptLinks: conceptLinksField(),
		})
		.strict();
