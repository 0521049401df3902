import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { frontmatterOf, mdxFiles } from '../src/__tests__/frontmatter';
import { builtPages } from '../src/integrations/built-pages';
import { formatSize, pdfFileName } from '../src/lib/pdf-edition';
import { contentModel } from './support/content-model';
import { normalise, splitThesis } from './support/source-text';

/** The PDF edition as the build left it, read in Node like any PDF reader would. */
const thesis = JSON.parse(readFileSync('content/thesis.json', 'utf8')) as {
	title: string;
	shortTitle: string;
	description: string;
	language: string;
	keywords: string[];
};
const fileName = pdfFileName(thesis.shortTitle);
const model = contentModel();
const dist = process.env.THESIS_OUT_DIR ?? 'dist';

let pdf: PDFDocumentProxy;
/** The running text of every page, without the running title and page numbers in the margins. */
let pages: string[];

test.beforeAll(async () => {
	pdf = await getDocument({ data: new Uint8Array(readFileSync(join(dist, fileName))), verbosity: 0 }).promise;
	pages = [];
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		const height = page.view[3];
		const content = await page.getTextContent();
		// The header and footer sit in the top 2 cm and bottom 2.2 cm (57 and 62 pt).
		const items = content.items.filter(
			(item) => 'str' in item && item.transform[5] < height - 57 && item.transform[5] > 62,
		);
		pages.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
	}
});

/** Text compared without white space or ligatures (ﬁ, ﬂ): a PDF's text runs split words and lines their own way. */
const squeeze = (text: string) => normalise(text.normalize('NFKC')).replace(/\s+/g, '');

test('the PDF holds every sentence of the thesis', () => {
	const text = squeeze(pages.join(' '));
	const { headings, sentences } = splitThesis(readFileSync('content/source.txt', 'utf8'));
	expect(sentences.length).toBeGreaterThan(10);
	expect(headings.filter((heading) => !text.includes(squeeze(heading)))).toEqual([]);
	expect(sentences.filter((sentence) => !text.includes(squeeze(sentence)))).toEqual([]);
});

test('its outline has an entry for every chapter, dynamic and challenge, and its links stay inside it', async () => {
	type Entry = { title: string; items: Entry[] };
	const flatten = (entries: Entry[]): string[] => entries.flatMap((entry) => [entry.title, ...flatten(entry.items)]);
	const outline = flatten(((await pdf.getOutline()) ?? []) as Entry[]);
	const titles = ['chapters', 'dynamics', 'challenges'].flatMap((folder) =>
		mdxFiles(join('content', folder)).map((file) => (frontmatterOf(file) as { title: string }).title),
	);
	expect(titles.length).toBeGreaterThan(3);
	expect(titles.filter((title) => !outline.some((entry) => entry.endsWith(title)))).toEqual([]);

	// The contents (page 2) link to places in the PDF, none to the address it was drawn from.
	const links = (await (await pdf.getPage(2)).getAnnotations()).filter((a) => a.subtype === 'Link');
	expect(links.length).toBeGreaterThanOrEqual(titles.length);
	expect(links.filter((link) => !link.dest)).toEqual([]);
	for (let number = 1; number <= pdf.numPages; number++) {
		const urls = (await (await pdf.getPage(number)).getAnnotations()).map((a) => a.url).filter(Boolean);
		expect(urls.filter((url) => url.includes('.invalid'))).toEqual([]);
	}
});

test('it is a tagged PDF with the metadata of content/thesis.json', async () => {
	// MarkInfo /Marked true, and a structure tree (StructTreeRoot) for the pages.
	const markInfo = (await pdf.getMarkInfo()) as Map<string, boolean> | null;
	expect(markInfo?.get('Marked')).toBe(true);
	expect(await (await pdf.getPage(1)).getStructTree()).not.toBeNull();
	const { info } = (await pdf.getMetadata()) as { info: Record<string, unknown> };
	expect(info.Title).toBe(thesis.title);
	expect(info.Subject).toBe(thesis.description);
	expect(info.Language).toBe(thesis.language);
	expect(info.Keywords).toBe(thesis.keywords.length ? thesis.keywords.join('; ') : undefined);
	// The cover: title and abstract first.
	expect(squeeze(pages[0])).toContain(squeeze(thesis.title));
	expect(squeeze(pages[0])).toContain(squeeze('Abstract'));
});

test('its figures are vector drawings with their captions, in thesis order', async () => {
	test.skip(model.figures.length === 0, 'the thesis places no figure');
	const text = squeeze(pages.join(' '));
	const captions = model.figures.map((figure) => squeeze(`${figure.label} ${figure.caption}`));
	const positions = captions.map((caption) => text.indexOf(caption));
	expect(positions.filter((position) => position < 0)).toEqual([]);
	expect(positions).toEqual([...positions].sort((a, b) => a - b));

	const images = [
		OPS.paintImageXObject,
		OPS.paintInlineImageXObject,
		OPS.paintImageMaskXObject,
		OPS.paintImageXObjectRepeat,
	];
	let drawn = 0;
	for (let number = 1; number <= pdf.numPages; number++) {
		const { fnArray } = await (await pdf.getPage(number)).getOperatorList();
		expect(
			fnArray.filter((fn) => images.includes(fn)),
			`page ${number}`,
		).toEqual([]);
		drawn += fnArray.filter((fn) => fn === OPS.constructPath).length;
	}
	expect(drawn).toBeGreaterThan(captions.length);
});

test('every content page links to the PDF with its size, and names it as citation_pdf_url', async ({ request }) => {
	const href = `/${fileName}`;
	const response = await request.get(href);
	expect(response.ok()).toBe(true);
	expect(response.headers()['content-type']).toContain('application/pdf');
	const size = (await response.body()).length;
	// A static check of the built pages: one page load per page would test the server, not the pages.
	const cited = builtPages(dist).filter((name) =>
		readFileSync(join(dist, name), 'utf8').includes('name="citation_title"'),
	);
	expect(cited.length).toBeGreaterThan(10);
	for (const name of builtPages(dist)) {
		const html = readFileSync(join(dist, name), 'utf8');
		if (!html.includes('class="site-footer"')) continue;
		const links = [
			...html.matchAll(
				/<a href="([^"]+\.pdf)" type="application\/pdf"[^>]*>PDF<span data-pdf-size[^>]*>([^<]*)<\/span>/g,
			),
		];
		expect(links.length, name).toBe(2);
		for (const [, target, label] of links) {
			expect(target, name).toBe(href);
			expect(label, name).toMatch(/^, \d+(\.\d)? [KM]B$/);
		}
		expect(links[0][2], name).toBe(`, ${formatSize(size)}`);
	}
	for (const name of cited) {
		const html = readFileSync(join(dist, name), 'utf8');
		const url = /<meta name="citation_pdf_url" content="([^"]+)"/.exec(html)?.[1];
		expect(url && new URL(url).pathname, name).toBe(href);
	}
	// The JSON-LD of the work lists the PDF as one of its encodings.
	const fullText = readFileSync(join(dist, 'full-text', 'index.html'), 'utf8');
	const work = JSON.parse(/<script type="application\/ld\+json">(.*?)<\/script>/s.exec(fullText)![1]);
	expect(work.encoding).toMatchObject({ '@type': 'MediaObject', encodingFormat: 'application/pdf' });
	expect(new URL(work.encoding.contentUrl).pathname).toBe(href);
});
