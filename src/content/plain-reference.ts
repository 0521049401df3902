import { z } from 'astro/zod';
import { hinted } from '../schemas/hints.ts';
import type { ReferenceFactory } from '../schemas/reference.ts';
import type { Collection } from './read.ts';

/**
 * `reference()` outside Astro: an id becomes { id, collection } as in a build. Whether the
 * entry exists is checked separately, where the error can name the file and line. The hint
 * names the collection, for tools that make a form from the schema.
 */
export const plainReference = ((collection: Collection) =>
	hinted(
		z.string().transform((id) => ({ id, collection })),
		{ references: collection },
	)) as unknown as ReferenceFactory;
