import type { reference } from 'astro:content';

/**
 * Astro's `reference()` helper. Schema factories receive it as a parameter so that they
 * can be unit-tested outside an Astro build.
 */
export type ReferenceFactory = typeof reference;
