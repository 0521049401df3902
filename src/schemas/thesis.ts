import { z } from 'astro/zod';
import { sectionField, titleField } from './fields.ts';

/** One family of dynamics, as the thesis introduces it (a section such as 2.1). */
const categorySchema = z
	.object({
		/** The value dynamics use in their `category` field. */
		id: z
			.string()
			.regex(
				/^[a-z0-9]+(?:-[a-z0-9]+)*$/,
				'a category id is lower-case words joined by hyphens, e.g. "economic-dynamics"',
			),
		/** The thesis section number of the family, e.g. "2.1". */
		section: sectionField(2),
		/** The heading of the family, as the thesis writes it. */
		title: titleField(),
		/** The thesis's own introductory sentence for the family. */
		lead: z.string().trim().min(1),
	})
	.strict();

/** Metadata of the whole thesis: `content/thesis.json`. Only what the thesis states. */
export const thesisSchema = () =>
	z
		.object({
			/** The full title of the thesis. */
			title: z.string().trim().min(1),
			/** A short title for the header and browser tabs. */
			shortTitle: z.string().trim().min(1),
			/** BCP 47 language tag of the text, e.g. "en". */
			language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'language must be a BCP 47 tag such as "en"'),
			/** One sentence describing the thesis, for search engines and link previews. */
			description: z.string().trim().min(1),
			/** The abstract, one string per paragraph. */
			abstract: z.array(z.string().trim().min(1)).min(1),
			/** Keywords the thesis states (none is fine: nothing is invented). */
			keywords: z.array(z.string().trim().min(1)).default([]),
			/** Authors as the thesis names them; leave empty if it names none. */
			authors: z.array(z.string().trim().min(1)).default([]),
			/** Year of publication, if the thesis states it. */
			year: z.number().int().min(1000).max(9999).optional(),
			/** Where it was published (journal, proceedings, university), if stated. */
			venue: z.string().trim().min(1).optional(),
			/** A DOI ("10.…") or other identifier, if one exists. */
			identifier: z.string().trim().min(1).optional(),
			/** Where editors change the content: the edit address of the content folder, ending
			 * in "/", e.g. "https://github.com/owner/repo/edit/main/content/". Each page links
			 * to its own file there ("Edit this page"); without it, no link is shown. */
			editBaseUrl: z.url().optional(),
			/** The families of dynamics, in thesis order. */
			categories: z
				.array(categorySchema)
				.min(1)
				.refine((list) => new Set(list.map((c) => c.id)).size === list.length, 'each category id may appear only once'),
		})
		.strict();
