import { contentDir } from '../paths';
import { ContentError, lineOf } from './content-error';

/** What the checks need of an entry: its id and, for messages, its file. */
export interface FileEntry {
	id: string;
	filePath?: string;
}

/** Fails when two entries share a value that must be unique (a section number, a position). */
export function assertUnique<T extends FileEntry>(entries: T[], key: (entry: T) => string | undefined, what: string) {
	const seen = new Map<string, T>();
	for (const entry of entries) {
		const value = key(entry);
		if (value === undefined) continue;
		const first = seen.get(value);
		if (first) {
			throw new ContentError(entry.filePath ?? entry.id, `${what} "${value}" is already used by ${first.filePath ?? first.id}: each must be unique`);
		}
		seen.set(value, entry);
	}
}

/** Fails on a reference to an entry that does not exist (Astro only logs those). */
export function assertReferences<T extends FileEntry & { data: Record<K, { id: string; collection: string }[]> }, K extends string>(
	entries: T[],
	field: K,
	known: Set<string>,
) {
	for (const entry of entries) {
		for (const ref of entry.data[field]) {
			if (known.has(ref.id)) continue;
			const file = entry.filePath ?? entry.id;
			const choices = [...known].sort().join(', ') || 'none yet';
			throw new ContentError(
				file,
				`${field} refers to "${ref.id}", but there is no such entry in ${contentDir}/${ref.collection}/ (known: ${choices})`,
				lineOf(file, ref.id),
			);
		}
	}
}
