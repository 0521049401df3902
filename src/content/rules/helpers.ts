import type { Content, Entry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import type { Collection } from '../read.ts';

/** A rule: a pure function from everything read to the problems it finds. */
export type Rule = (content: Content) => Problem[];

/** Collections whose entries are pages of the thesis order (their bodies place figures). */
export const pageCollections: Collection[] = ['chapters', 'dynamics', 'challenges'];

export const of = (content: Content, collection: Collection) =>
	content.entries.filter((e) => e.collection === collection);

export function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

export function strings(value: unknown): string[] {
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function at(entry: Entry, line: number | undefined, message: string, fix: string, column?: number): Problem {
	return { file: entry.file, line, column, message, fix };
}

/** The chapter that lists a collection (`lists: "dynamics"`), if any. */
export function indexChapter(content: Content, listed: 'dynamics' | 'challenges'): Entry | undefined {
	return of(content, 'chapters').find((c) => c.data.lists === listed);
}

/** The categories declared in thesis.json, as far as they can be read. */
export function declaredCategories(content: Content): { id: string; section?: string; title?: string }[] {
	const data = content.thesis.data as { categories?: unknown } | undefined;
	if (!data || !Array.isArray(data.categories)) return [];
	return data.categories.flatMap((c: unknown) => {
		const category = c as { id?: unknown; section?: unknown; title?: unknown };
		return typeof category?.id === 'string'
			? [{ id: category.id, section: str(category.section), title: str(category.title) }]
			: [];
	});
}
