import { describe, expect, it } from 'vitest';
import { validInput } from '../content/valid.ts';
import { serializeEdition, type EditionText } from '../editions/record.ts';
import { compareEditions, lastWordChanges } from '../model/edition-diff.ts';
import { buildThesis, type Thesis } from '../model/thesis.ts';
import { serializeRegistry } from '../passages/registry.ts';
import { contentWith } from './content-fixture.ts';

/** A text of two pages: `words` gives each passage's page and words by id. */
function text(words: Record<string, [string, string]>): EditionText {
	const pages = [...new Set(Object.values(words).map(([page]) => page))];
	return {
		pages: pages.map((page) => ({ page, section: page.endsWith('a') ? '1' : '2', title: page })),
		passages: Object.entries(words).map(([id, [page, text]]) => ({ id, page, text })),
	};
}

describe('the difference between two editions, by passage id', () => {
	const before = text({
		kaaaa: ['pages/a', 'Kept as it was.'],
		kbbbb: ['pages/a', 'Extended here.'],
		kcccc: ['pages/a', 'Moving on.'],
		kdddd: ['pages/b', 'Soon gone.'],
	});
	const after = text({
		keeee: ['pages/a', 'Brand new.'],
		kaaaa: ['pages/a', 'Kept as it was.'],
		kbbbb: ['pages/a', 'Extended here. With one more sentence.'],
		kcccc: ['pages/b', 'Moving on.'],
	});

	it('tells what was added, changed, moved and removed, and nothing about what stayed', () => {
		const changes = compareEditions(before, after);
		expect(changes.added.map((c) => c.id)).toEqual(['keeee']);
		expect(changes.changed).toEqual([
			{
				id: 'kbbbb',
				kind: 'changed',
				before: { id: 'kbbbb', page: 'pages/a', text: 'Extended here.' },
				after: { id: 'kbbbb', page: 'pages/a', text: 'Extended here. With one more sentence.' },
			},
		]);
		expect(changes.moved.map((c) => [c.id, c.before?.page, c.after?.page])).toEqual([['kcccc', 'pages/a', 'pages/b']]);
		expect(changes.removed.map((c) => c.id)).toEqual(['kdddd']);
	});

	it('finds no change between an edition and itself', () => {
		expect(compareEditions(after, after)).toEqual({ added: [], changed: [], moved: [], removed: [] });
	});

	it('marks each passage of today with the last edition that changed its words, and the edition before', () => {
		const third = text({
			...Object.fromEntries(after.passages.map((p) => [p.id, [p.page, p.text]])),
			kaaaa: ['pages/a', 'Kept, then reworded.'],
		});
		const editions = [
			{ edition: 1, ...before },
			{ edition: 2, ...after },
		];
		expect(lastWordChanges(editions, after)).toEqual(new Map([['kbbbb', { edition: 2, earlier: 1 }]]));
		// Words changed after edition 2 and not recorded yet: changed "since" edition 2.
		expect(lastWordChanges(editions, third)).toEqual(
			new Map([
				['kbbbb', { edition: 2, earlier: 1 }],
				['kaaaa', { earlier: 2 }],
			]),
		);
		expect(lastWordChanges([], after)).toEqual(new Map());
	});
});

const long = 'Data that is shared must also be protected, and every holder of it answers for what happens to it.';
const extended = `${long} Whoever holds it answers for keeping it safe.`;

/** The fixture thesis with a long paragraph, its registry and edition 1, then the given edits and editions. */
function thesisWith(edits: Parameters<typeof contentWith>[0] = {}): Thesis {
	const base = { 'challenges/hard.mdx': (t: string) => t.replace('Text.', long) };
	const first = buildThesis(validInput(contentWith(base)));
	return buildThesis(
		validInput(
			contentWith({
				...base,
				'passages.jsonl': serializeRegistry(first.passages.assignment.registry),
				'editions/1.jsonl': serializeEdition({ edition: 1, date: '2026-12-03', note: 'First.', ...first.editions.now }),
				...edits,
			}),
		),
	);
}

describe('the editions of the thesis model', () => {
	it('name the last edition, with its full text page by page in reading order', () => {
		const { editions } = thesisWith();
		expect(editions.current).toMatchObject({
			edition: 1,
			label: 'Edition 1, 3 December 2026',
			href: '/editions/1/',
			changesHref: '/changes/#edition-1',
			changes: [],
		});
		expect(editions.current!.pages.map((p) => [p.label, p.currentHref])).toEqual([
			['1 Introduction', '/introduction/'],
			['2 Dynamics', '/dynamics/'],
			['2.1 (1) First', '/dynamics/first/'],
			['2.2 (1) Second', '/dynamics/second/'],
			['3 Challenges', '/challenges/'],
			['3.1 Hard', '/challenges/hard/'],
		]);
		expect(editions.unrecorded).toEqual([]);
	});

	it('show an edit not yet recorded as changed since the last edition, word by word', () => {
		const { editions, passages } = thesisWith({ 'challenges/hard.mdx': (t) => t.replace('Text.', extended) });
		const [change] = editions.unrecorded;
		const id = passages.byPage.get('challenges/hard')![0].id;
		expect(change).toEqual({
			id,
			kind: 'changed',
			anchor: `unrecorded-${id}`,
			where: '3.1 Hard',
			nowHref: `/challenges/hard/#p-${id}`,
			earlier: { label: 'Edition 1', href: `/editions/1/#p-${id}`, parts: [{ kind: 'same', text: long }] },
			later: {
				label: 'Now',
				parts: [
					{ kind: 'same', text: long },
					{ kind: 'added', text: 'Whoever holds it answers for keeping it safe.' },
				],
			},
		});
	});

	it('list what a later edition changed, linked to its words in both editions and to where it stands now', () => {
		const edited = { 'challenges/hard.mdx': (t: string) => t.replace('Text.', extended) };
		const second = serializeEdition({
			edition: 2,
			date: '2026-12-10',
			note: 'Extended.',
			...thesisWith(edited).editions.now,
		});
		const { editions } = thesisWith({ ...edited, 'editions/2.jsonl': second });
		expect(editions.list.map((e) => e.label)).toEqual(['Edition 1, 3 December 2026', 'Edition 2, 10 December 2026']);
		expect(editions.current?.note).toBe('Extended.');
		expect(editions.unrecorded).toEqual([]);
		const [change] = editions.current!.changes;
		expect(change).toMatchObject({
			kind: 'changed',
			anchor: `edition-2-${change.id}`,
			earlier: { label: 'Edition 1', href: `/editions/1/#p-${change.id}` },
			later: { label: 'Edition 2', href: `/editions/2/#p-${change.id}` },
		});
		expect(editions.current!.changes).toHaveLength(1);
	});
});
