import { z } from 'astro/zod';
import { sectionField, summaryField, titleField } from './fields';
import { conceptLinksField, conceptsField } from './concept';
import type { ReferenceFactory } from './reference';

/** Frontmatter of one challenge and its suggestions: a file in `content/challenges/`. */
export const challengeSchema = (reference: ReferenceFactory) =>
	z
		.object({
			/** The thesis heading of the challenge, without its number. */
			title: titleField(),
			/** One sentence from the thesis that states the challenge. */
			summary: summaryField(),
			/** The thesis section, e.g. "3.3"; orders pages and navigation. */
			section: sectionField(2),
			/** The suggestions the thesis makes for this challenge, one sentence each. */
			suggestions: z
				.array(z.string().trim().min(1, 'a suggestion must not be empty'))
				.min(1, 'suggestions must list at least one suggestion the thesis makes'),
			/** Ids of the dynamics (file names in `content/dynamics/`) this challenge concerns. */
			relatedDynamics: z.array(reference('dynamics')).default([]),
			/** Ids of the concepts this page discusses (file names in `content/concepts/`). */
			concepts: conceptsField(reference),
			/** Set to false to keep this page's mentions of concepts unlinked. */
			conceptLinks: conceptLinksField(),
		})
		.strict();
