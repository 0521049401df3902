import { readdirSync } from 'node:fs';

/** The HTML pages of a finished build, as paths relative to its output folder (`dir` of astro:build:done). */
export function builtPages(root: string): string[] {
	return readdirSync(root, { recursive: true, encoding: 'utf8' }).filter(
		(name) => name.endsWith('.html') && !name.startsWith('pagefind'),
	);
}
