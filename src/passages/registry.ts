import type { Problem } from '../content/problem.ts';

/**
 * The passage registry: every id ever given to a citable passage, with where the passage
 * stands (or last stood) and its words. It lives in content/ beside the text it describes
 * and is committed with it, like a lockfile: one JSON object per line, so `git diff` shows
 * one line per passage added, changed, moved or removed.
 */
export const registryFileName = 'passages.jsonl';

/** A page that holds passages, by its collection and file name: "dynamics/big-data-integration". */
export type PageKey = string;

export interface RegistryEntry {
	/** Short, random-looking, never reused: "k3f9a". The page anchor is `p-<id>`. */
	id: string;
	/** Where the passage stands, or stood when it was removed or merged. */
	page: PageKey;
	/** 'live' passages are on their page; the others keep a note there. */
	state: 'live' | 'removed' | 'merged';
	/** The passage that a merged one became part of. */
	mergedInto?: string;
	/** Pages the passage stood on before it moved: each keeps a link to where it went. */
	formerly?: PageKey[];
	/** The positional id published before passages had ids of their own ("p-2-2-2-3"), kept working. */
	alias?: string;
	/** The words, on one line: the current ones, or the last ones of a removed passage. */
	text: string;
}

/** The registry as read from content/: its entries, and the problems of lines that could not be read. */
export interface RegistryFile {
	file: string;
	/** False until the first build writes it. */
	exists: boolean;
	/** The file's text as read ('' before the first build): the build rewrites it only when it would change. */
	source: string;
	entries: RegistryEntry[];
	/** The file line of each entry, for messages. */
	lines: Map<string, number>;
	problems: Problem[];
}

const idPattern = /^[a-z][a-z0-9]{3,11}$/;
const pagePattern = /^[a-z0-9-]+\/[a-z0-9-]+$/;
const aliasPattern = /^p-[0-9-]+$/;

/** A passage id as the registry and the site write it. */
export const isPassageId = (value: unknown): value is string => typeof value === 'string' && idPattern.test(value);

/** Reads the registry's text; each line that cannot be read is a problem at its line, with a fix. */
export function parseRegistry(text: string, file: string): RegistryFile {
	const entries: RegistryEntry[] = [];
	const lines = new Map<string, number>();
	const problems: Problem[] = [];
	const fix = `restore the line from git (\`git checkout -- ${file}\`), or delete it: the next build records the passage again`;
	text.split('\n').forEach((source, index) => {
		const line = index + 1;
		if (!source.trim()) return;
		let value: unknown;
		try {
			value = JSON.parse(source);
		} catch {
			problems.push({ file, line, message: 'this line of the passage registry is not a JSON object', fix });
			return;
		}
		const entry = entryOf(value);
		if (typeof entry === 'string') {
			problems.push({ file, line, message: `this line of the passage registry ${entry}`, fix });
			return;
		}
		const first = lines.get(entry.id);
		if (first !== undefined) {
			problems.push({
				file,
				line,
				message: `the passage id "${entry.id}" is registered twice (first at line ${first})`,
				fix: 'keep one of the two lines: an id names one passage',
			});
			return;
		}
		lines.set(entry.id, line);
		entries.push(entry);
	});
	for (const entry of entries) {
		if (entry.mergedInto !== undefined && !lines.has(entry.mergedInto))
			problems.push({
				file,
				line: lines.get(entry.id),
				message: `passage "${entry.id}" is merged into "${entry.mergedInto}", which the registry does not have`,
				fix,
			});
	}
	return { file, exists: true, source: text, entries, lines, problems };
}

/** An entry from a parsed line, or what is wrong with it. */
function entryOf(value: unknown): RegistryEntry | string {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'is not a JSON object';
	const record = value as Record<string, unknown>;
	if (!isPassageId(record.id)) return 'has no valid "id" (a lower-case letter, then 3 to 11 letters or digits)';
	if (typeof record.page !== 'string' || !pagePattern.test(record.page))
		return 'has no valid "page" (a folder and a file name: "dynamics/some-page")';
	if (typeof record.text !== 'string') return 'has no "text"';
	if (record.alias !== undefined && (typeof record.alias !== 'string' || !aliasPattern.test(record.alias)))
		return 'has an "alias" that is not a positional id ("p-2-1-3")';
	if (
		record.formerly !== undefined &&
		!(Array.isArray(record.formerly) && record.formerly.every((p) => typeof p === 'string' && pagePattern.test(p)))
	)
		return 'has a "formerly" that is not a list of pages';
	if (record.mergedInto !== undefined && !isPassageId(record.mergedInto))
		return 'has a "mergedInto" that is not a passage id';
	if (record.removed !== undefined && record.removed !== true) return 'has a "removed" that is not true';
	if (record.removed === true && record.mergedInto !== undefined) return 'is both removed and merged';
	const state = record.removed === true ? 'removed' : record.mergedInto !== undefined ? 'merged' : 'live';
	return {
		id: record.id,
		page: record.page,
		state,
		...(typeof record.mergedInto === 'string' ? { mergedInto: record.mergedInto } : {}),
		...(Array.isArray(record.formerly) && record.formerly.length ? { formerly: record.formerly as string[] } : {}),
		...(typeof record.alias === 'string' ? { alias: record.alias } : {}),
		text: record.text,
	};
}

/** A registry that has not been written yet. */
export function emptyRegistry(file: string): RegistryFile {
	return { file, exists: false, source: '', entries: [], lines: new Map(), problems: [] };
}

/**
 * The registry's text: pages in name order, each page's live passages in reading order, then
 * those that left it (by id). The text is last on each line, so a diff shows the id first.
 */
export function serializeRegistry(entries: RegistryEntry[]): string {
	const position = new Map(entries.map((entry, index) => [entry, index]));
	const sorted = [...entries].sort(
		(a, b) =>
			compareText(a.page, b.page) ||
			Number(a.state !== 'live') - Number(b.state !== 'live') ||
			(a.state === 'live' ? position.get(a)! - position.get(b)! : compareText(a.id, b.id)),
	);
	return sorted.map((entry) => `${JSON.stringify(lineOf(entry))}\n`).join('');
}

function lineOf(entry: RegistryEntry): Record<string, unknown> {
	return {
		id: entry.id,
		page: entry.page,
		...(entry.state === 'removed' ? { removed: true } : {}),
		...(entry.mergedInto ? { mergedInto: entry.mergedInto } : {}),
		...(entry.formerly?.length ? { formerly: entry.formerly } : {}),
		...(entry.alias ? { alias: entry.alias } : {}),
		text: entry.text,
	};
}

/** Code-point order: the same on every machine, whatever its locale. */
function compareText(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
