import type { Problem } from '../content/problem.ts';
import { isCalendarDate } from '../lib/dates.ts';
import { isPassageId, type PageKey } from '../passages/registry.ts';

/**
 * An edition record: the thesis's words as they stood when an edition was recorded
 * (`npm run edition`), in content/editions/<number>.jsonl. One JSON object per line: a
 * header with the edition's number, date and note; then, page by page in reading order,
 * a line naming the page (its section and title then) followed by one line per passage
 * (its id and words). Each edition holds its whole text, so it reads on its own, and
 * `git diff --no-index content/editions/1.jsonl content/editions/2.jsonl` shows one line
 * per passage that changed.
 */
export const editionsFolder = 'editions';

export interface EditionHeader {
	edition: number;
	/** The day it was recorded, YYYY-MM-DD. */
	date: string;
	/** What changed, in one sentence. */
	note: string;
}

/** A page as it stood in the edition. */
export interface EditionPage {
	page: PageKey;
	/** Its section number then: "2.1 (2)". */
	section: string;
	title: string;
}

/** A passage's words in the edition. */
export interface EditionPassage {
	id: string;
	page: PageKey;
	text: string;
}

/** The thesis's words, page by page: what an edition records, and what the content holds now. */
export interface EditionText {
	/** In reading order. */
	pages: EditionPage[];
	/** Page by page, each page's in reading order. */
	passages: EditionPassage[];
}

export interface EditionRecord extends EditionHeader, EditionText {}

/** One file of content/editions/ as read. */
export interface EditionFile {
	file: string;
	/** The number its name gives ("2.jsonl" → 2); undefined for a name that is not a number. */
	number?: number;
	/** Its header, when that line could be read (even if a later line could not). */
	header?: EditionHeader;
	/** The record, when every line could be read. */
	record?: EditionRecord;
	/** The line of each passage, by id, for messages. */
	lines: Map<string, number>;
	problems: Problem[];
}

const namePattern = /^([1-9][0-9]*)\.jsonl$/;
const pagePattern = /^[a-z0-9-]+\/[a-z0-9-]+$/;

/** The file name of an edition's record: 2 → "2.jsonl". */
export const editionFileName = (edition: number) => `${edition}.jsonl`;

/** Reads an edition record; each line that cannot be read is a problem at its line, with a fix. */
export function parseEditionFile(text: string, file: string, name: string): EditionFile {
	const number = Number(namePattern.exec(name)?.[1] ?? NaN);
	const result: EditionFile = {
		file,
		...(Number.isNaN(number) ? {} : { number }),
		lines: new Map(),
		problems: [],
	};
	const problem = (line: number | undefined, message: string, fix = restore(file)) =>
		result.problems.push({ file, line, message, fix });
	if (Number.isNaN(number))
		problem(undefined, 'an edition record is named after its number', 'rename it to <number>.jsonl, e.g. 2.jsonl');

	const lines = text.split('\n').map((source, index) => ({ source, line: index + 1 }));
	const filled = lines.filter(({ source }) => source.trim());
	const [first, ...rest] = filled;
	const header = first ? headerOf(parse(first.source)) : 'is missing';
	if (typeof header === 'string') {
		problem(
			first?.line ?? 1,
			`the header of the edition record ${header}`,
			`the first line is {"edition":${Number.isNaN(number) ? 2 : number},"date":"YYYY-MM-DD","note":"What changed, in one sentence"}; ${restore(file)}`,
		);
		return result;
	}
	result.header = header;
	if (!Number.isNaN(number) && header.edition !== number)
		problem(
			first.line,
			`the record says edition ${header.edition}, but its file is named ${name}`,
			`rename the file to ${editionFileName(header.edition)}, or ${restore(file)}`,
		);

	const pages: EditionPage[] = [];
	const passages: EditionPassage[] = [];
	const pageLines = new Map<PageKey, number>();
	for (const { source, line } of rest) {
		const value = parse(source);
		if (value === undefined) {
			problem(line, 'this line of the edition record is not a JSON object');
			continue;
		}
		const item = 'id' in value ? passageOf(value) : pageOf(value);
		if (typeof item === 'string') {
			problem(line, `this line of the edition record ${item}`);
			// A page line with a mistake still names its page: its passages are not reported too.
			if (!('id' in value) && typeof value.page === 'string') pageLines.set(value.page, line);
			continue;
		}
		if ('id' in item) {
			const first = result.lines.get(item.id);
			if (first !== undefined) problem(line, `passage "${item.id}" is recorded twice (first at line ${first})`);
			else if (!pageLines.has(item.page))
				problem(line, `passage "${item.id}" stands on "${item.page}", which no line above names`);
			else {
				result.lines.set(item.id, line);
				passages.push(item);
			}
		} else if (pageLines.has(item.page))
			problem(line, `the page "${item.page}" is named twice (first at line ${pageLines.get(item.page)})`);
		else {
			pageLines.set(item.page, line);
			pages.push(item);
		}
	}
	if (passages.length === 0 && result.problems.length === 0) problem(first.line, 'the edition records no passage');
	if (result.problems.length === 0) result.record = { ...header, pages, passages };
	return result;
}

function restore(file: string): string {
	return `restore it from git (\`git checkout -- ${file}\`): an edition records words that the content no longer has`;
}

function parse(source: string): Record<string, unknown> | undefined {
	try {
		const value: unknown = JSON.parse(source);
		return typeof value === 'object' && value !== null && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: undefined;
	} catch {
		return undefined;
	}
}

/** The keys a line may have beyond those it needs: none. */
function unknownKey(value: Record<string, unknown>, known: string[]): string | undefined {
	return Object.keys(value).find((key) => !known.includes(key));
}

function headerOf(value: Record<string, unknown> | undefined): EditionHeader | string {
	if (!value) return 'is not a JSON object';
	if (!('edition' in value)) return 'is missing: the first line names no edition';
	const extra = unknownKey(value, ['edition', 'date', 'note']);
	if (extra) return `has an unknown key "${extra}"`;
	if (!Number.isInteger(value.edition) || (value.edition as number) < 1)
		return 'has no "edition" number (a whole number from 1)';
	if (!isCalendarDate(value.date)) return 'has no valid "date" (a day written YYYY-MM-DD)';
	if (typeof value.note !== 'string' || !value.note.trim()) return 'has no "note" (what changed, in one sentence)';
	return { edition: value.edition as number, date: value.date, note: value.note };
}

function pageOf(value: Record<string, unknown>): EditionPage | string {
	const extra = unknownKey(value, ['page', 'section', 'title']);
	if (extra) return `has an unknown key "${extra}"`;
	if (typeof value.page !== 'string' || !pagePattern.test(value.page))
		return 'has no valid "page" (a folder and a file name: "dynamics/some-page")';
	if (typeof value.section !== 'string' || !value.section) return `names the page "${value.page}" with no "section"`;
	if (typeof value.title !== 'string' || !value.title) return `names the page "${value.page}" with no "title"`;
	return { page: value.page, section: value.section, title: value.title };
}

function passageOf(value: Record<string, unknown>): EditionPassage | string {
	const extra = unknownKey(value, ['id', 'page', 'text']);
	if (extra) return `has an unknown key "${extra}"`;
	if (!isPassageId(value.id)) return 'has no valid passage "id"';
	if (typeof value.page !== 'string' || !pagePattern.test(value.page))
		return `records passage "${value.id}" with no valid "page"`;
	if (typeof value.text !== 'string' || !value.text.trim())
		return `records passage "${value.id}" without its "text": an edition keeps the words of every passage`;
	return { id: value.id, page: value.page, text: value.text };
}

/** The record's text: the header, then each page's line followed by its passages' lines. */
export function serializeEdition(record: EditionRecord): string {
	const { edition, date, note } = record;
	const lines: object[] = [{ edition, date, note }];
	for (const { page, section, title } of record.pages) {
		lines.push({ page, section, title });
		for (const passage of record.passages.filter((p) => p.page === page))
			lines.push({ id: passage.id, page: passage.page, text: passage.text });
	}
	return lines.map((line) => `${JSON.stringify(line)}\n`).join('');
}
