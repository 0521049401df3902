import { z } from 'astro/zod';

/** Diagrams the site draws from the content itself instead of from a Mermaid source. */
export const figureGenerators = ['dynamics-tree'] as const;

/**
 * Frontmatter of a figure: a file in `content/figures/` whose body is one ```mermaid
 * block (or that names a generator). Pages place it with `<Figure id="…" />`; its number
 * comes from where it is placed in thesis order.
 */
export const figureSchema = () =>
	z
		.object({
			caption: z
				.string()
				.trim()
				.min(1, 'caption must not be empty: give the thesis caption')
				.describe('The caption, as in the thesis, without “Fig. n”.'),
			title: z
				.string()
				.trim()
				.min(1, 'title must not be empty: screen readers announce it')
				.describe('A short accessible name of the drawing, read by screen readers.'),
			description: z
				.string()
				.trim()
				.min(1, 'description must not be empty: it is the text alternative of the figure')
				.describe('What the drawing shows, in words: the text alternative of the figure.'),
			source: z
				.string()
				.trim()
				.min(1, 'source must not be empty: say where the drawing comes from')
				.describe('Where the drawing comes from, e.g. “Redrawn from the text of 2.1 (1)”.'),
			generatedFrom: z
				.enum(figureGenerators)
				.optional()
				.describe('Draw the figure from the content instead of a Mermaid block in the body.'),
		})
		.strict();
