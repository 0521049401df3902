import type { z } from 'astro/zod';
import type { Collection } from '../content/read.ts';

/**
 * What a frontmatter field means beyond its type, for tools that make a form from a schema
 * (the browser editor, src/editor/). Kept as zod metadata on the field itself, so that the
 * schema stays the one description of every field.
 */
export type FieldHints = {
	/** What the field holds, in the words shown to editors beside it. */
	description?: string;
	/** The field holds ids of entries of this collection (file names without extension). */
	references?: Collection;
	/** The field holds the id of one of the categories content/thesis.json declares. */
	category?: true;
	/** The text may run over several lines. */
	multiline?: true;
};

/** The schema with hints attached (a copy: zod schemas are immutable). */
export function hinted<T extends z.ZodType>(schema: T, hints: FieldHints): T {
	return schema.meta(hints);
}

/** The hints attached to this schema (not to the schemas it wraps). */
export function hintsOf(schema: z.ZodType): FieldHints {
	return (schema.meta() ?? {}) as FieldHints;
}
