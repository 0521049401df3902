import type { Element } from 'hast';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import {
	all,
	attr,
	builtPage,
	builtPages,
	builtResolvers,
	distDir,
	one,
	text,
	type BuiltPage,
} from '../support/built-site.ts';
import { contentModel, type ModelPassage } from '../support/content-model.ts';

const model = contentModel();
const passages = model.passages;
const pagePaths = new Set(builtPages().map((p) => p.path));
const byId = new Map(passages.map((p) => [p.id, p]));

/** The element a fragment lands on. */
const landing = (page: BuiltPage, id: string): Element | undefined => one(page, `[id="${id}"]`);

/**
 * The words of a passage as the registry records them: what a reader sees, without its "¶"
 * and the concept tooltips (which search ignores too), and without figure numbers ("Fig. 2"),
 * which follow the figures' order rather than the passage's words.
 */
function words(element: Element | undefined): string {
	const kept = (child: Element['children'][number]) =>
		child.type !== 'element' ||
		(child.properties.dataPagefindIgnore === undefined && !String(child.properties.className).includes('figure-ref'));
	const shown = (node: Element): Element => ({
		...node,
		children: node.children.filter(kept).map((child) => (child.type === 'element' ? shown(child) : child)),
	});
	return element ? text(shown(element)) : '';
}

/** Where an id leads today: the passage, or (merged) the passage it became part of. */
function current(passage: ModelPassage): ModelPassage {
	let at = passage;
	for (let i = 0; at.mergedInto && i < passages.length; i++) at = byId.get(at.mergedInto)!;
	return at;
}

test('the registry names every passage of the thesis, and the build has a resolver page for each id ever given', () => {
	expect(passages.length).toBeGreaterThan(model.dynamics.length);
	expect(
		builtResolvers()
			.map((p) => p.path)
			.sort(),
	).toEqual(passages.map((p) => `/p/${p.id}/`).sort());
});

test('no page uses an id twice, passages and notes included', () => {
	for (const page of [...builtPages(), ...builtResolvers()]) {
		const ids = all(page, '[id]').map((e) => attr(e, 'id'));
		expect(
			ids.filter((id, i) => ids.indexOf(id) !== i),
			page.path,
		).toEqual([]);
	}
});

test('the PDF edition has a named destination for every passage of the full text (edition.pdf#p-…)', async () => {
	const [name] = readdirSync(distDir).filter((file) => file.endsWith('.pdf'));
	const loading = getDocument({ data: new Uint8Array(readFileSync(join(distDir, name))), verbosity: 0 });
	const destinations = await (await loading.promise).getDestinations();
	const named = new Set(destinations instanceof Map ? destinations.keys() : Object.keys(destinations));
	const live = passages.filter((p) => !p.removed && !p.mergedInto);
	expect(live.length).toBeGreaterThan(0);
	for (const passage of live) expect(named.has(`p-${passage.id}`), passage.id).toBe(true);
	await loading.destroy();
});

describe.each(passages.map((p) => [p.id, p] as const))('passage %s', (id, passage) => {
	const anchor = `p-${id}`;
	const live = !passage.removed && !passage.mergedInto;

	test.runIf(live)('stands on its page and in the full text with its registered words', () => {
		for (const page of [builtPage(passage.path), builtPage('/full-text/')]) {
			const element = landing(page, anchor);
			expect(element, `${page.path}#${anchor}`).toBeDefined();
			expect(attr(element, 'className'), `${page.path}#${anchor}`).toContain('passage');
			expect(words(element), `${page.path}#${anchor}`).toBe(passage.text);
			expect(attr(one(element!, 'a.passage-link'), 'dataPermanent')).toBe(`/p/${id}/`);
		}
	});

	test.runIf(!!passage.alias)('keeps its positional id answering where the passage or its note stands', () => {
		const home = pagePaths.has(passage.path) ? [builtPage(passage.path)] : [];
		for (const page of [...home, ...(live || passage.removed ? [builtPage('/full-text/')] : [])]) {
			const alias = landing(page, passage.alias!);
			expect(alias, `${page.path}#${passage.alias}`).toBeDefined();
			expect(attr(alias, 'className')).toContain('passage-alias');
		}
	});

	test.runIf(!live && pagePaths.has(passage.path))('leaves a note with its words where it stood', () => {
		for (const path of [passage.path, '/full-text/']) {
			const note = landing(builtPage(path), anchor);
			expect(note, `${path}#${anchor}`).toBeDefined();
			expect(text(note)).toContain(passage.removed ? 'was removed' : 'was merged into');
			expect(text(note)).toContain(passage.text);
		}
	});

	test.runIf(passage.formerly.some((path) => pagePaths.has(path)))('leaves a link on each page it moved from', () => {
		const target = current(passage);
		for (const path of passage.formerly.filter((p) => pagePaths.has(p))) {
			const note = landing(builtPage(path), anchor);
			expect(text(note), `${path}#${anchor}`).toMatch(/^This passage has moved to /);
			expect(attr(one(note!, 'a'), 'href')).toBe(`${target.path}#p-${target.id}`);
		}
	});

	test('has a resolver page that sends the reader, without JavaScript, to an element with its words or a link', () => {
		const resolver = builtPage(`/p/${id}/`);
		expect(attr(one(resolver, 'meta[name="robots"]'), 'content')).toBe('noindex');
		expect(attr(one(resolver, 'head > :first-child'), 'httpEquiv')).toBe('content-security-policy');
		const target = current(passage);
		if (!pagePaths.has(target.path)) {
			expect(one(resolver, 'meta[http-equiv="refresh"]')).toBeUndefined();
			expect(text(one(resolver, 'blockquote'))).toBe(target.text);
			return;
		}
		const refresh = attr(one(resolver, 'meta[http-equiv="refresh"]'), 'content');
		expect(refresh).toBe(`0; url=${target.path}#p-${target.id}`);
		expect(attr(one(resolver, 'main a'), 'href')).toBe(`${target.path}#p-${target.id}`);
		expect(landing(builtPage(target.path), `p-${target.id}`)).toBeDefined();
	});
});
