import { describe, expect, it } from 'vitest';
import { location } from '../content/problem.ts';
import { checkContent } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { parseEditionFile, serializeEdition, type EditionRecord } from '../editions/record.ts';
import { buildThesis } from '../model/thesis.ts';
import { serializeRegistry } from '../passages/registry.ts';
import { contentWith } from './content-fixture.ts';

const record: EditionRecord = {
	edition: 2,
	date: '2026-12-10',
	note: 'One sentence added.',
	pages: [
		{ page: 'chapters/introduction', section: '1', title: 'Introduction' },
		{ page: 'dynamics/first', section: '2.1 (1)', title: 'First' },
	],
	passages: [
		{ id: 'kaaaa', page: 'chapters/introduction', text: 'The intro.' },
		{ id: 'kbbbb', page: 'dynamics/first', text: 'A widget grows.' },
		{ id: 'kcccc', page: 'dynamics/first', text: 'It grows “fast”.' },
	],
};
const file = 'content/editions/2.jsonl';
const parsed = (text: string, name = '2.jsonl') => parseEditionFile(text, file, name);
/** `line: message → fix` of each problem of a record's text. */
const problems = (text: string, name?: string) =>
	parsed(text, name).problems.map((p) => `${p.line ?? '-'}: ${p.message} → ${p.fix}`);
const lines = serializeEdition(record).split('\n');

describe('an edition record', () => {
	it('is a header, then each page followed by its passages, one JSON object per line', () => {
		expect(lines).toEqual([
			'{"edition":2,"date":"2026-12-10","note":"One sentence added."}',
			'{"page":"chapters/introduction","section":"1","title":"Introduction"}',
			'{"id":"kaaaa","page":"chapters/introduction","text":"The intro."}',
			'{"page":"dynamics/first","section":"2.1 (1)","title":"First"}',
			'{"id":"kbbbb","page":"dynamics/first","text":"A widget grows."}',
			'{"id":"kcccc","page":"dynamics/first","text":"It grows “fast”."}',
			'',
		]);
	});

	it('reads back as written, with the line of each passage', () => {
		const read = parsed(serializeEdition(record));
		expect(read.problems).toEqual([]);
		expect(read.record).toEqual(record);
		expect(read.number).toBe(2);
		expect(read.lines.get('kcccc')).toBe(6);
	});

	it('a line that is not JSON, and a passage without its words, each at its line with a fix', () => {
		const text = [
			...lines.slice(0, 2),
			'not json',
			lines[2].replace('"text":"The intro."', '"text":""'),
			...lines.slice(3),
		];
		expect(problems(text.join('\n'))).toEqual([
			expect.stringMatching(
				/^3: this line of the edition record is not a JSON object → restore it from git \(`git checkout -- content\/editions\/2\.jsonl`\)/,
			),
			expect.stringMatching(
				/^4: this line of the edition record records passage "kaaaa" without its "text": an edition keeps the words of every passage → restore it from git/,
			),
		]);
		expect(parsed(text.join('\n')).record).toBeUndefined();
	});

	it('a header that is missing, misnumbered or misdated', () => {
		expect(problems(lines.slice(1).join('\n'))).toEqual([
			expect.stringMatching(
				/^1: the header of the edition record is missing: the first line names no edition → the first line is \{"edition":2,"date":"YYYY-MM-DD"/,
			),
		]);
		expect(problems(lines.join('\n').replace('"edition":2', '"edition":3'))).toEqual([
			expect.stringMatching(
				/^1: the record says edition 3, but its file is named 2\.jsonl → rename the file to 3\.jsonl/,
			),
		]);
		expect(problems(lines.join('\n').replace('"edition":2', '"edition":0'))).toEqual([
			expect.stringMatching(/^1: the header of the edition record has no "edition" number \(a whole number from 1\)/),
		]);
		expect(problems(lines.join('\n').replace('2026-12-10', '2026-02-30'))).toEqual([
			expect.stringMatching(/^1: the header of the edition record has no valid "date" \(a day written YYYY-MM-DD\)/),
		]);
		expect(problems(lines.join('\n').replace('"note":"One sentence added."', '"note":" "'))).toEqual([
			expect.stringMatching(/^1: the header of the edition record has no "note"/),
		]);
		expect(problems('', '2.jsonl')).toEqual([expect.stringMatching(/^1: the header of the edition record is missing/)]);
	});

	it('a file name that is not a number, an unknown key, a passage twice or before its page', () => {
		expect(problems(lines.join('\n'), 'second.jsonl')).toContainEqual(
			'-: an edition record is named after its number → rename it to <number>.jsonl, e.g. 2.jsonl',
		);
		expect(problems(lines.join('\n').replace('"section":"1"', '"section":"1","sectoin":"1"'))).toEqual([
			expect.stringMatching(/^2: this line of the edition record has an unknown key "sectoin"/),
		]);
		expect(problems([...lines.slice(0, 6), lines[5]].join('\n'))).toEqual([
			expect.stringMatching(/^7: passage "kcccc" is recorded twice \(first at line 6\)/),
		]);
		expect(problems([lines[0], lines[2], lines[1]].join('\n'))).toEqual([
			expect.stringMatching(/^2: passage "kaaaa" stands on "chapters\/introduction", which no line above names/),
		]);
	});
});

/** The fixture thesis with its registry and edition 1 as `npm run edition` writes them, then the given edits. */
function withEditions(edits: Parameters<typeof contentWith>[0] = {}) {
	const thesis = buildThesis(validInput(contentWith()));
	const recorded: Record<string, string> = {
		'passages.jsonl': serializeRegistry(thesis.passages.assignment.registry),
		'editions/1.jsonl': serializeEdition({ edition: 1, date: '2026-12-03', note: 'First.', ...thesis.editions.now }),
	};
	// An edit of a recorded file applies to it as recorded.
	const applied = Object.fromEntries(
		Object.entries(edits).map(([path, edit]) => [
			path,
			typeof edit === 'function' && path in recorded ? edit(recorded[path]) : edit,
		]),
	);
	return contentWith({ ...recorded, ...applied });
}
const report = (edits: Parameters<typeof contentWith>[0]) =>
	checkContent(withEditions(edits)).map((p) => `${location(p)}: ${p.message} → ${p.fix}`);
const retitled = (edition: number, date: string) => (text: string) =>
	text.replace(
		/^\{"edition":1,"date":"2026-12-03","note":"First\."\}/,
		`{"edition":${edition},"date":"${date}","note":"Later."}`,
	);

describe('the editions rule (npm run validate and the build)', () => {
	it('accepts recorded editions', () => {
		expect(report({})).toEqual([]);
		const first = withEditions().editions[0];
		expect(report({ 'editions/2.jsonl': retitled(2, '2026-12-03')(serializeEdition(first.record!)) })).toEqual([]);
	});

	it('editions out of order: a later edition dated before the one before it', () => {
		const first = serializeEdition(withEditions().editions[0].record!);
		expect(report({ 'editions/2.jsonl': retitled(2, '2026-11-30')(first) })).toEqual([
			'content/editions/2.jsonl:1: the editions are out of order: edition 2 is dated 2026-11-30, before edition 1 (2026-12-03) → date edition 2 on or after 2026-12-03, or restore the file from git',
		]);
	});

	it('out of order even when the record before has a line that cannot be read', () => {
		const first = serializeEdition(withEditions().editions[0].record!);
		const problems = report({
			'editions/2.jsonl': retitled(2, '2026-12-10')(first).replace(/,"text":"[^"]*"/, ''),
			'editions/3.jsonl': retitled(3, '2026-12-05')(first),
		});
		expect(problems).toEqual([
			expect.stringMatching(/^content\/editions\/2\.jsonl:3: this line of the edition record records passage/),
			expect.stringMatching(
				/^content\/editions\/3\.jsonl:1: the editions are out of order: edition 3 is dated 2026-12-05, before edition 2 \(2026-12-10\)/,
			),
		]);
	});

	it('a missing edition number', () => {
		const first = serializeEdition(withEditions().editions[0].record!);
		expect(report({ 'editions/3.jsonl': retitled(3, '2026-12-12')(first) })).toEqual([
			'content/editions/3.jsonl:1: edition 3 follows edition 1: edition 2 is missing → restore content/editions/2.jsonl from git, or number the editions 1, 2, 3… with no gap',
		]);
	});

	it('a passage the registry never gave', () => {
		const problems = report({ 'editions/1.jsonl': (text) => text.replace(/"id":"[a-z0-9]+"/, '"id":"qqqqq"') });
		expect(problems).toEqual([
			'content/editions/1.jsonl:3: passage "qqqqq" of edition 1 is not in content/passages.jsonl → restore content/passages.jsonl from git: it keeps every passage id ever given',
		]);
	});

	it('a line that cannot be read fails the same check, at its line', () => {
		const problems = report({ 'editions/1.jsonl': (text) => text.replace(/,"text":"[^"]*"/, '') });
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/editions\/1\.jsonl:3: this line of the edition record records passage "[a-z0-9]+" without its "text"/,
			),
		]);
	});
});
