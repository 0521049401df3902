import { describe, expect, it } from 'vitest';
import type { Content } from '../content/entry.ts';
import { checkContent } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { describeChanges } from '../model/passage-ids.ts';
import { buildThesis, type Thesis } from '../model/thesis.ts';
import { serializeRegistry } from '../passages/registry.ts';
import { contentWith } from './content-fixture.ts';

const thesisOf = (content: Content): Thesis => buildThesis(validInput(content));

const moving = 'Widgets spread from one workshop to the next, and every workshop that took them up grew faster.';
const staying = 'A widget grows. Nothing else.';
const first = (body: string) => (text: string) => text.replace(`${staying}\n`, body);

/** The fixture thesis with its registry as a first build writes it, then the given edits. */
function edited(edits: Parameters<typeof contentWith>[0] = {}) {
	const base = { 'dynamics/first.mdx': first(`${staying}\n\n${moving}\n`) };
	const registry = serializeRegistry(thesisOf(contentWith(base)).passages.assignment.registry);
	return thesisOf(contentWith({ ...base, 'passages.jsonl': registry, ...edits }));
}

describe('the passages of the thesis model', () => {
	it('give every paragraph an id, and a first registry the positional ids published before', () => {
		const { passages } = thesisOf(contentWith({ 'dynamics/first.mdx': first(`${staying}\n\n${moving}\n`) }));
		const onFirst = passages.byPage.get('dynamics/first')!;
		expect(onFirst.map((p) => p.alias)).toEqual(['p-2-1-1-1', 'p-2-1-1-2']);
		expect(onFirst[1]).toMatchObject({ anchor: `p-${onFirst[1].id}`, href: `/dynamics/first/#p-${onFirst[1].id}` });
		expect(onFirst[1].permanentHref).toBe(`/p/${onFirst[1].id}/`);
		expect(passages.byPage.get('chapters/introduction')![0].alias).toBe('p-1-1');
		expect(passages.assignment.stale).toBe(true);
		expect(describeChanges(passages.assignment)).toBe('passages: 7 new; commit content/passages.jsonl');
	});

	it('agree with the registry a build wrote: nothing to record', () => {
		expect(edited().passages.assignment.stale).toBe(false);
	});

	it('leave a link on the old page of a passage that moved, and send its resolver to the new one', () => {
		const before = edited().passages.byPage.get('dynamics/first')![1];
		const after = edited({
			'dynamics/first.mdx': first(`${staying}\n`),
			'dynamics/second.mdx': (text) => `${text}\n${moving}\n`,
		}).passages;
		const moved = after.byPage.get('dynamics/second')![1];
		expect(moved).toMatchObject({ id: before.id, alias: before.alias, href: `/dynamics/second/#p-${before.id}` });
		expect(after.notes.get('dynamics/first')).toEqual([
			expect.objectContaining({ id: before.id, kind: 'moved', alias: before.alias, inFullText: false }),
		]);
		expect(after.notes.get('dynamics/first')![0].target.href).toBe(moved.href);
		expect(after.resolvers.find((r) => r.id === before.id)!.target).toMatchObject({ href: moved.href, removed: false });
		expect(describeChanges(after.assignment)).toBe('passages: 1 moved; commit content/passages.jsonl');
	});

	it('keep a removed passage’s id on a note with its words, and its resolver on that note', () => {
		const removed = edited().passages.byPage.get('dynamics/first')![1];
		const after = edited({ 'dynamics/first.mdx': first(`${staying}\n`) }).passages;
		const [note] = after.notes.get('dynamics/first')!;
		expect(note).toMatchObject({ id: removed.id, kind: 'removed', text: moving, inFullText: true });
		expect(after.resolvers.find((r) => r.id === removed.id)!.target).toMatchObject({
			href: `/dynamics/first/#p-${removed.id}`,
			removed: true,
		});
	});

	it('keep the words of a passage whose page is gone on its resolver page', () => {
		const gone = edited().passages.byPage.get('dynamics/second')![0];
		const after = edited({ 'dynamics/second.mdx': null }).passages;
		const resolver = after.resolvers.find((r) => r.id === gone.id)!;
		expect(resolver.target).toEqual({ href: undefined, page: undefined, removed: true });
		expect(resolver.text).toBe('Text.');
	});

	it('report a registry line that cannot be read at its line, with a fix', () => {
		const content = contentWith({ 'passages.jsonl': '{"id":"kq3fa","page":"dynamics/first","text":"A."}\nnot json\n' });
		expect(checkContent(content)).toEqual([
			expect.objectContaining({
				file: 'content/passages.jsonl',
				line: 2,
				message: 'this line of the passage registry is not a JSON object',
			}),
		]);
	});
});
