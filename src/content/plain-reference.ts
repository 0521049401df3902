import { z } from 'astro/zod';
import type { ReferenceFactory } from '../schemas/reference';

/**
 * `reference()` outside Astro: an id becomes { id, collection } as in a build. Whether the
 * entry exists is checked separately, where the error can name the file and line.
 */
export const plainReference = ((collection: string) =>
	z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;
