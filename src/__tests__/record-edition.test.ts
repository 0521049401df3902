import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseEditionFile } from '../editions/record.ts';
import { recordEdition } from '../editions/record-edition.ts';
import { validFiles } from './content-fixture.ts';

let dir: string;
const write = (path: string, text: string) => {
	mkdirSync(dirname(join(dir, path)), { recursive: true });
	writeFileSync(join(dir, path), text);
};
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const edition = (n: number) => parseEditionFile(read(`editions/${n}.jsonl`), `editions/${n}.jsonl`, `${n}.jsonl`);

beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'thesis-edition-'));
	for (const [path, text] of Object.entries(validFiles)) write(path, text);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run edition', () => {
	it('records the thesis as edition 1, bringing the passage registry up to date first', async () => {
		const recorded = await recordEdition(dir, ' The thesis as first published. ', '2026-12-03');
		expect(recorded.edition).toBe(1);
		expect(recorded.messages[0]).toMatch(/^passages: 6 new; commit /);
		expect(recorded.messages[1]).toMatch(
			/^edition 1 \(3 December 2026\) recorded in \S+editions\/1\.jsonl: 6 passages; commit /,
		);
		const { record, problems } = edition(1);
		expect(problems).toEqual([]);
		expect(record).toMatchObject({ edition: 1, date: '2026-12-03', note: 'The thesis as first published.' });
		// Every passage the registry names, with the id the pages show.
		const registered = read('passages.jsonl')
			.trim()
			.split('\n')
			.map((line) => JSON.parse(line) as { id: string; text: string });
		expect(record!.passages.map((p) => [p.id, p.text])).toEqual(
			expect.arrayContaining(registered.map((p) => [p.id, p.text])),
		);
		expect(record!.passages).toHaveLength(registered.length);
	});

	it('records the next edition after an edit, with its number, date and note', async () => {
		await recordEdition(dir, 'First.', '2026-12-03');
		write('challenges/hard.mdx', read('challenges/hard.mdx').replace('Text.', 'Text. And one more sentence.'));
		const recorded = await recordEdition(dir, 'One sentence added.', '2026-12-10');
		expect(recorded.edition).toBe(2);
		expect(recorded.messages).toEqual([
			expect.stringMatching(/^passages: 1 changed; commit /),
			expect.stringMatching(/^edition 2 \(10 December 2026\) recorded in \S+editions\/2\.jsonl: 1 changed; commit /),
		]);
		expect(edition(2).record).toMatchObject({ edition: 2, date: '2026-12-10', note: 'One sentence added.' });
		expect(edition(2).record!.passages.map((p) => p.text)).toContain('Text. And one more sentence.');
		expect(edition(1).record!.passages.map((p) => p.text)).not.toContain('Text. And one more sentence.');
	});

	it('refuses, writing nothing, when nothing changed, the date comes first, or the content has a problem', async () => {
		await recordEdition(dir, 'First.', '2026-12-03');
		await expect(recordEdition(dir, 'Again.', '2026-12-04')).rejects.toThrow(
			'nothing changed since edition 1: there is no new edition to record',
		);
		write('challenges/hard.mdx', read('challenges/hard.mdx').replace('Text.', 'Other words entirely.'));
		await expect(recordEdition(dir, 'Earlier.', '2026-12-02')).rejects.toThrow(
			'edition 1 is dated 2026-12-03: the next edition cannot be dated 2026-12-02, before it',
		);
		write('challenges/hard.mdx', read('challenges/hard.mdx').replace('section: "3.1"', 'section: 3.1'));
		await expect(recordEdition(dir, 'Broken.', '2026-12-12')).rejects.toThrow(
			/hard\.mdx:\d+: .*\n[\s\S]*No edition was recorded/,
		);
		await expect(recordEdition(dir, ' ', '2026-12-12')).rejects.toThrow('say what changed, in one sentence');
		await expect(recordEdition(dir, 'Note.', '2026-13-01')).rejects.toThrow(
			'"2026-13-01" is not a day written YYYY-MM-DD',
		);
		expect(existsSync(join(dir, 'editions/2.jsonl'))).toBe(false);
	});
});
