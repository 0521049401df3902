import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import type { ReferenceFactory } from '../schemas/reference';

/** The YAML frontmatter of an MDX file, as an object. */
export function frontmatterOf(file: string): unknown {
	const match = /^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'));
	if (!match) throw new Error(`${file} has no frontmatter`);
	return parse(match[1]);
}

/** Every .mdx file in a content folder. */
export function mdxFiles(folder: string): string[] {
	return readdirSync(folder)
		.filter((name) => name.endsWith('.mdx'))
		.map((name) => join(folder, name));
}

/**
 * Stands in for Astro's `reference()` outside a build: same input (an id) and output
 * ({ id, collection }); existence is checked by the thesis model, not the schema.
 */
export const referenceStub = ((collection: string) =>
	z.string().transform((id) => ({ id, collection }))) as unknown as ReferenceFactory;

/** The messages of a failed parse, prefixed with the field path. */
export function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
