import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, test } from 'vitest';
import { all, attr, builtPage, builtPages, distDir, one, text } from '../support/built-site.ts';
import { contentModel, editionLabel as label, pathOfPage } from '../support/content-model.ts';

const model = contentModel();
const { editions } = model;
const current = editions.at(-1);

/** The passages whose words differ between an edition and the one before it. */
function changedIn(index: number) {
	const before = new Map(editions[index - 1].passages.map((p) => [p.id, p]));
	return editions[index].passages.flatMap((after) => {
		const was = before.get(after.id);
		return was && was.text !== after.text ? [{ before: was, after }] : [];
	});
}

/** The words of the passages live today, by id. */
const live = new Map(model.passages.filter((p) => !p.removed && !p.mergedInto).map((p) => [p.id, p]));

test('the thesis has a recorded edition: content/editions/1.jsonl is committed with the content', () => {
	expect(current, 'run `npm run edition -- "…"` and commit content/editions/').toBeDefined();
});

describe.runIf(current)('the Changes page', () => {
	const page = builtPage('/changes/');

	test('lists every edition, newest first, with its date and its note, each linked to its text', () => {
		const sections = all(page, 'section.edition');
		expect(sections.map((s) => text(one(s, 'h2')))).toEqual([...editions].reverse().map(label));
		expect(sections.map((s) => text(one(s, '.note')))).toEqual([...editions].reverse().map((e) => e.note));
		expect(sections.map((s) => attr(one(s, '.full-text a'), 'href'))).toEqual(
			[...editions].reverse().map((e) => `/editions/${e.edition}/`),
		);
	});

	test.each(editions.slice(1).map((edition, i) => [edition.edition, i + 1] as const))(
		'edition %i shows each changed passage’s earlier and later words, the difference marked, linked to both editions and to where it stands now',
		(number, index) => {
			const changes = changedIn(index);
			for (const { before, after } of changes) {
				const entry = one(page, `[id="edition-${number}-${after.id}"]`);
				expect(entry, after.id).toBeDefined();
				const [earlier, later] = all(entry!, '.words .text');
				expect(text(earlier)).toBe(before.text);
				expect(text(later)).toBe(after.text);
				expect(all(entry!, 'del, ins').length, 'the difference is marked').toBeGreaterThan(0);
				expect(all(earlier, 'ins')).toEqual([]);
				expect(all(later, 'del')).toEqual([]);
				const links = all(entry!, 'a').map((a) => attr(a, 'href'));
				expect(links).toContain(`/editions/${number - 1}/#p-${after.id}`);
				expect(links).toContain(`/editions/${number}/#p-${after.id}`);
				const now = live.get(after.id);
				if (now) expect(links[0]).toBe(`${now.path}#p-${after.id}`);
			}
		},
	);
});

describe.each(editions.map((edition) => [edition.edition, edition] as const))('edition %i', (number, edition) => {
	const page = builtPage(`/editions/${number}/`);

	test('has its text at an address of its own: every passage’s words at #p-<id>, section by section', () => {
		expect(text(one(page, 'h1'))).toBe(label(edition));
		for (const passage of edition.passages) {
			const element = one(page, `[id="p-${passage.id}"]`);
			expect(text(element), passage.id).toBe(passage.text);
		}
		expect(all(page, '.edition-text h2').map(text)).toEqual([...edition.pages.values()]);
		expect(text(one(page, '.about'))).toContain(edition.note);
	});

	test('is kept out of site search and search engines, which the current pages answer', () => {
		expect(one(page, '[data-pagefind-body]')).toBeUndefined();
		expect(attr(one(page, 'meta[name="robots"]'), 'content')).toBe('noindex');
		expect(text(one(page, '.page-source .edition'))).toContain(label(edition));
	});
});

describe.runIf(current)('the current edition', () => {
	test('is named where every page says where it comes from, with the citation files beside it', () => {
		for (const page of builtPages().filter((p) => !p.path.startsWith('/editions/'))) {
			expect(text(one(page, '.page-source .edition')), page.path).toMatch(new RegExp(`^${label(current!)}`));
			expect(all(page, '.page-source .citation-files a').map((a) => attr(a, 'href'))).toEqual([
				'/citation.bib',
				'/citation.ris',
				'/citation.json',
			]);
		}
	});

	test('the citation files name it, and “Cite this” links them', () => {
		const read = (name: string) => readFileSync(join(distDir, name), 'utf8');
		expect(read('citation.bib')).toContain(`version = {${current!.edition}}`);
		expect(read('citation.bib')).toContain(`note = {${label(current!)}}`);
		expect(read('citation.ris')).toContain(`ET  - ${current!.edition}\r\n`);
		const [item] = JSON.parse(read('citation.json')) as { version: string; title: string }[];
		expect(item).toMatchObject({ version: String(current!.edition), title: model.metadata.title });
		for (const path of ['/', '/full-text/'])
			expect(all(builtPage(path), 'section.cite .files a').map((a) => attr(a, 'href'))).toHaveLength(3);
	});

	test('citation metadata follows it: citation_online_date, JSON-LD version and dates, “Cite this”', () => {
		const page = builtPage('/full-text/');
		expect(attr(one(page, 'meta[name="citation_online_date"]'), 'content')).toBe(current!.date.replace(/-/g, '/'));
		const article = JSON.parse(text(one(page, 'script[type="application/ld+json"]')));
		expect(article).toMatchObject({ version: String(current!.edition), dateModified: current!.date });
		expect(article.datePublished).toBe(editions[0].date);
		expect(text(one(page, '#cite-reference'))).toContain(`${label(current!)}.`);
	});

	test('the PDF edition names it on its cover and in its metadata', async () => {
		const [name] = readdirSync(distDir).filter((file) => file.endsWith('.pdf'));
		const loading = getDocument({ data: new Uint8Array(readFileSync(join(distDir, name))), verbosity: 0 });
		const pdf = await loading.promise;
		const cover = await (await pdf.getPage(1)).getTextContent();
		const words = cover.items.map((item) => ('str' in item ? item.str : '')).join(' ');
		expect(words.replace(/\s+/g, ' ')).toContain(label(current!));
		const { info } = (await pdf.getMetadata()) as { info: { Custom?: Map<string, string> } };
		expect(info.Custom?.get('Edition')).toMatch(new RegExp(`^${label(current!)}`));
		await loading.destroy();
	});

	test('each passage, where it stands, carries its citation: its permanent address and the edition', () => {
		for (const passage of live.values()) {
			const cite = one(builtPage(passage.path), `[id="p-${passage.id}"] > .passage-cite`);
			expect(text(cite), passage.id).toContain(`${label(current!)}, passage ${passage.id}.`);
			expect(text(cite)).toMatch(new RegExp(`Available at https?://[^ ]+/p/${passage.id}/$`));
			expect(attr(cite, 'dataPagefindIgnore')).toBe('');
		}
	});

	test.runIf(editions.length > 1)(
		'a passage whose words it changed says so on its page, one link from its earlier words',
		() => {
			for (const { after } of changedIn(editions.length - 1).filter(
				({ after }) => live.get(after.id)?.text === after.text,
			)) {
				const history = one(builtPage(pathOfPage(after.page)), `[id="p-${after.id}"] > .passage-history`);
				expect(text(history)).toContain(`changed in edition ${current!.edition}`);
				expect(all(history!, 'a').map((a) => attr(a, 'href'))).toEqual([
					`/changes/#edition-${current!.edition}-${after.id}`,
					`/editions/${current!.edition - 1}/#p-${after.id}`,
				]);
			}
		},
	);
});

test('the citation files exist even before an edition is recorded', () => {
	for (const name of ['citation.bib', 'citation.ris', 'citation.json'])
		expect(existsSync(join(distDir, name))).toBe(true);
});
