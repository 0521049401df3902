import { describe, expect, it } from 'vitest';
import { matchPassages, type PagePassages } from '../passages/match.ts';
import type { RegistryEntry } from '../passages/registry.ts';

const first =
	'The development of the Internet has changed how enterprises organise their production and how they reach their markets.';
const second =
	'Cloud computing lets small firms rent the computing power that once only large companies could afford to build.';
const third =
	'Data resources held by governments and operators become assets of great value after years of accumulation.';
const fourth =
	'Standards decide who leads an industry, and those who write them set the terms that others must follow.';

/** The registry a first build writes for these pages. */
function registered(pages: PagePassages[]): RegistryEntry[] {
	return matchPassages([], pages).registry;
}
const idsOf = (registry: RegistryEntry[], page: string) =>
	registry.filter((e) => e.page === page && e.state === 'live').map((e) => e.id);
const byId = (registry: RegistryEntry[], id: string) => registry.find((e) => e.id === id)!;

describe('matchPassages', () => {
	const start: PagePassages[] = [
		{ page: 'dynamics/a', texts: [first, second, third] },
		{ page: 'dynamics/b', texts: [fourth] },
	];
	const registry = registered(start);
	const [a1, a2, a3] = idsOf(registry, 'dynamics/a');
	const [b1] = idsOf(registry, 'dynamics/b');

	it('gives every passage of a first build a distinct short id that says nothing of its place', () => {
		expect(new Set([a1, a2, a3, b1]).size).toBe(4);
		for (const id of [a1, a2, a3, b1]) expect(id).toMatch(/^[a-z][a-z2-9]{4}$/);
	});

	it('is deterministic, and changes nothing when nothing changed', () => {
		expect(matchPassages([], start).registry).toEqual(registry);
		const again = matchPassages(registry, start);
		expect(again.registry).toEqual(registry);
		expect(Object.values(again.changes).flat()).toEqual([]);
	});

	it('keeps every id when a paragraph is inserted, and gives the new one an id no passage had', () => {
		const inserted = 'A new opening paragraph that an editor wrote for this page in a later edition.';
		const { ids, changes } = matchPassages(registry, [
			{ page: 'dynamics/a', texts: [inserted, first, second, third] },
			start[1],
		]);
		expect(ids.get('dynamics/a')!.slice(1)).toEqual([a1, a2, a3]);
		expect([a1, a2, a3, b1]).not.toContain(ids.get('dynamics/a')![0]);
		expect(changes.added).toEqual([ids.get('dynamics/a')![0]]);
	});

	it('keeps a deleted paragraph’s id on a removal note, never on another paragraph', () => {
		const result = matchPassages(registry, [{ page: 'dynamics/a', texts: [second, third] }, start[1]]);
		expect(result.ids.get('dynamics/a')).toEqual([a2, a3]);
		expect(byId(result.registry, a1)).toMatchObject({ state: 'removed', page: 'dynamics/a', text: first });
		expect(result.changes.removed).toEqual([a1]);
		// A removed id is not given again, even to the same place.
		const later = matchPassages(result.registry, [
			{
				page: 'dynamics/a',
				texts: ['Something else entirely, written to replace the deleted paragraph.', second, third],
			},
			start[1],
		]);
		expect(later.ids.get('dynamics/a')![0]).not.toBe(a1);
	});

	it('keeps ids when paragraphs are reordered within a page', () => {
		const { ids, changes } = matchPassages(registry, [{ page: 'dynamics/a', texts: [third, first, second] }, start[1]]);
		expect(ids.get('dynamics/a')).toEqual([a3, a1, a2]);
		expect(changes.moved).toEqual([]);
	});

	it('keeps the id of a paragraph moved to another page, and records the page it left', () => {
		const {
			ids,
			registry: next,
			changes,
		} = matchPassages(registry, [
			{ page: 'dynamics/a', texts: [first, second] },
			{ page: 'dynamics/b', texts: [fourth, third] },
		]);
		expect(ids.get('dynamics/b')).toEqual([b1, a3]);
		expect(byId(next, a3)).toMatchObject({ page: 'dynamics/b', formerly: ['dynamics/a'], state: 'live' });
		expect(changes.moved).toEqual([a3]);
		// Moved back, its own page no longer points away, and the page it left now does.
		const back = matchPassages(next, start);
		expect(byId(back.registry, a3)).toMatchObject({ page: 'dynamics/a', formerly: ['dynamics/b'] });
	});

	it('keeps the id of a paragraph extended by a sentence, or reworded', () => {
		const extended = `${second} Platforms that pool such resources lower the cost of entry for every newcomer.`;
		const reworded = first.replace('has changed how enterprises organise', 'has transformed the way firms organise');
		const { ids, changes } = matchPassages(registry, [
			{ page: 'dynamics/a', texts: [reworded, extended, third] },
			start[1],
		]);
		expect(ids.get('dynamics/a')).toEqual([a1, a2, a3]);
		expect(changes.changed.sort()).toEqual([a1, a2].sort());
		expect(changes.added).toEqual([]);
	});

	it('keeps the id of a paragraph rewritten between the same neighbours', () => {
		const rewritten =
			'Small firms now rent computing power from cloud platforms, power that only large companies could once build.';
		const { ids } = matchPassages(registry, [{ page: 'dynamics/a', texts: [first, rewritten, third] }, start[1]]);
		expect(ids.get('dynamics/a')).toEqual([a1, a2, a3]);
	});

	it('gives a split paragraph’s id to its larger part', () => {
		const long = `${first} ${second} ${third}`;
		const base = registered([{ page: 'dynamics/a', texts: [long] }]);
		const [id] = idsOf(base, 'dynamics/a');
		const { ids } = matchPassages(base, [{ page: 'dynamics/a', texts: [first, `${second} ${third}`] }]);
		expect(ids.get('dynamics/a')![1]).toBe(id);
		expect(ids.get('dynamics/a')![0]).not.toBe(id);
	});

	it('gives two merged paragraphs the first one’s id and records the other as merged into it', () => {
		const {
			ids,
			registry: next,
			changes,
		} = matchPassages(registry, [{ page: 'dynamics/a', texts: [first, `${second} ${third}`] }, start[1]]);
		expect(ids.get('dynamics/a')).toEqual([a1, a2]);
		expect(byId(next, a3)).toMatchObject({ state: 'merged', mergedInto: a2, text: third });
		expect(changes.merged).toEqual([a3]);
	});

	it('tells apart the same sentence on two pages by their pages', () => {
		const shared = registered([
			{ page: 'dynamics/a', texts: [first, fourth] },
			{ page: 'dynamics/b', texts: [second, fourth] },
		]);
		const [, onA] = idsOf(shared, 'dynamics/a');
		const [, onB] = idsOf(shared, 'dynamics/b');
		expect(onA).not.toBe(onB);
		// Each page's copy keeps its own id, whichever page is read first.
		const { ids } = matchPassages(shared, [
			{ page: 'dynamics/b', texts: [fourth, second] },
			{ page: 'dynamics/a', texts: [fourth, first] },
		]);
		expect(ids.get('dynamics/a')![0]).toBe(onA);
		expect(ids.get('dynamics/b')![0]).toBe(onB);
	});

	it('gives a removed paragraph its id back when its words return', () => {
		const removed = matchPassages(registry, [{ page: 'dynamics/a', texts: [first, second] }, start[1]]).registry;
		const { ids, changes } = matchPassages(removed, start);
		expect(ids.get('dynamics/a')).toEqual([a1, a2, a3]);
		expect(changes.restored).toEqual([a3]);
	});

	it('tells a paragraph replaced by an unrelated one from one rewritten', () => {
		const unrelated = 'Mobile payment spread through the cities within two years and reshaped retail.';
		const { ids } = matchPassages(registry, [{ page: 'dynamics/a', texts: [first, unrelated, third] }, start[1]]);
		expect(ids.get('dynamics/a')![1]).not.toBe(a2);
	});
});
