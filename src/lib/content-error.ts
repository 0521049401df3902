import { readFileSync } from 'node:fs';

/**
 * A mistake in `content/` that the schemas cannot see on their own (a reference to a
 * missing entry, a duplicate position, …). Its message starts with `file:line` so that
 * editors and terminals can jump to it.
 */
export class ContentError extends Error {
	constructor(file: string, message: string, line?: number) {
		super(`${file}${line ? `:${line}` : ''}: ${message}`);
		this.name = 'ContentError';
	}
}

/** The 1-based line of the first occurrence of `needle` in a file, if any. */
export function lineOf(file: string, needle: string): number | undefined {
	try {
		const index = readFileSync(file, 'utf8').split('\n').findIndex((line) => line.includes(needle));
		return index >= 0 ? index + 1 : undefined;
	} catch {
		return undefined;
	}
}
