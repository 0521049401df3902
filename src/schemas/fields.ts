import { z } from 'astro/zod';

/** A one-sentence summary drawn from the thesis, shown under the title and in listings. */
export const summaryField = () =>
	z
		.string()
		.trim()
		.min(1, 'summary must not be empty: give one sentence drawn from the thesis')
		.refine((text) => !text.includes('\n'), 'summary must be a single sentence on one line')
		.describe('One sentence drawn from the thesis, on one line: shown under the title and in listings.');

/** A page title: the thesis heading without its number. */
export const titleField = () =>
	z
		.string()
		.trim()
		.min(1, 'title must not be empty')
		.refine(
			(text) => !/^\(?\d/.test(text),
			'title must not start with its section number: put the number in its own field',
		)
		.describe('The thesis heading, without its number.');

/** A section number such as "3" (depth 1) or "3.1" (depth 2). */
export const sectionField = (depth: 1 | 2) => {
	const pattern = depth === 1 ? /^\d+$/ : /^\d+\.\d+$/;
	const example = depth === 1 ? '"3"' : '"3.1"';
	return z
		.string()
		.regex(pattern, `section must be a number written like ${example} (quoted)`)
		.describe(`The thesis section number, written like ${example.replaceAll('"', '')}: orders the pages.`);
};
