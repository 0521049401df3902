import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../content/load.ts';
import { formatProblems } from '../content/problem.ts';
import { checkContentFully } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { formatDate, isCalendarDate } from '../lib/dates.ts';
import { recordPassages } from '../model/passage-registry.ts';
import { buildThesis } from '../model/thesis.ts';
import { editionFileName, editionsFolder, serializeEdition, type EditionRecord } from './record.ts';

/** What `npm run edition` recorded. */
export interface RecordedEdition {
	edition: number;
	/** The record's file, as messages print it. */
	file: string;
	/** What to tell the editor, one line each. */
	messages: string[];
}

/**
 * Records the next edition of the thesis in content/editions/<n>.jsonl: its number (the last
 * plus one), the date and note given, and the words of every passage as the content holds
 * them now. The passage registry is brought up to date first, as a build does, so the
 * edition records the ids the pages show. Refuses (throws, writing nothing) when the
 * content has a problem, when the date comes before the last edition's, or when nothing
 * changed since it.
 */
export async function recordEdition(contentDir: string, note: string, date: string): Promise<RecordedEdition> {
	if (!note.trim()) throw new Error('say what changed, in one sentence: npm run edition -- "What changed"');
	if (!isCalendarDate(date)) throw new Error(`"${date}" is not a day written YYYY-MM-DD`);
	const content = loadContent(contentDir);
	const problems = await checkContentFully(content);
	if (problems.length > 0)
		throw new Error(`${formatProblems(problems)}\n\nNo edition was recorded: the content has to be valid first.`);
	const registered = recordPassages(contentDir);
	const { editions } = buildThesis(validInput(content));
	const last = content.editions.at(-1)?.record;
	if (last && date < last.date)
		throw new Error(
			`edition ${last.edition} is dated ${last.date}: the next edition cannot be dated ${date}, before it`,
		);
	if (last && sameText(last, editions.now))
		throw new Error(`nothing changed since edition ${last.edition}: there is no new edition to record`);

	const record: EditionRecord = { edition: (last?.edition ?? 0) + 1, date, note: note.trim(), ...editions.now };
	const folder = join(contentDir, editionsFolder);
	mkdirSync(folder, { recursive: true });
	const path = join(folder, editionFileName(record.edition));
	writeFileSync(path, serializeEdition(record));
	const file = relative(process.cwd(), path);
	const what = last ? describe(editions.unrecorded) : `${record.passages.length} passages`;
	return {
		edition: record.edition,
		file,
		messages: [
			...(registered ? [registered] : []),
			`edition ${record.edition} (${formatDate(date)}) recorded in ${file}: ${what}; commit ${relative(process.cwd(), contentDir) || '.'}/`,
		],
	};
}

/** Nothing to record: the same pages (sections, titles) and the same passages, in the same order. */
function sameText(record: EditionRecord, now: Pick<EditionRecord, 'pages' | 'passages'>): boolean {
	return JSON.stringify([record.pages, record.passages]) === JSON.stringify([now.pages, now.passages]);
}

/** "1 changed, 1 added": the changes since the last edition, by kind. */
function describe(changes: { kind: string }[]): string {
	const kinds = ['added', 'changed', 'moved', 'removed'];
	const counts = kinds
		.map((kind) => [changes.filter((c) => c.kind === kind).length, kind] as const)
		.filter(([count]) => count > 0)
		.map(([count, kind]) => `${count} ${kind}`);
	return counts.length ? counts.join(', ') : 'sections renumbered or retitled';
}
