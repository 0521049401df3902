import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { parse } from 'yaml';

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

export { plainReference as referenceStub } from '../content/plain-reference.ts';

/** The messages of a failed parse, prefixed with the field path. */
export function issuesOf(result: { success: boolean; error?: z.ZodError }): string[] {
	return (result.error?.issues ?? []).map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}
