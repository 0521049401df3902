import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { getDocument, OPS, type PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { RefProxy } from 'pdfjs-dist/types/src/display/api';
import { chromiumExecutable } from '../src/browser/chromium.ts';
import { builtPages } from '../src/integrations/built-pages.ts';
import { formatSize, pdfFileName } from '../src/lib/pdf-edition.ts';
import { pdfEditionInputs, type ThesisFile } from '../src/pdf/edition.ts';
import { isPdfFont } from '../src/pdf/fonts.ts';
import { renderPdf } from '../src/pdf/render.ts';
import { contentModel } from './support/content-model.ts';
import { normalise, splitThesis } from './support/source-text.ts';

/** The PDF edition as the build left it, read in Node like any PDF reader would. */
const thesis = JSON.parse(readFileSync('content/thesis.json', 'utf8')) as ThesisFile & { keywords: string[] };
const fileName = pdfFileName(thesis.shortTitle);
const model = contentModel();
const dist = process.env.THESIS_OUT_DIR ?? 'dist';

let pdf: PDFDocumentProxy;
/** The running text of every page, without the running title and page numbers in the margins. */
let pages: string[];

test.beforeAll(async () => {
	pdf = await openPdf(readFileSync(join(dist, fileName)));
	pages = await runningText(pdf);
});

function openPdf(bytes: Uint8Array): Promise<PDFDocumentProxy> {
	// fontExtraProperties: the fonts' names, to tell which fonts the pages use.
	return getDocument({ data: new Uint8Array(bytes), verbosity: 0, fontExtraProperties: true }).promise;
}

/** The header and footer sit in the top 2 cm and bottom 2.2 cm (57 and 62 pt). */
const inMargin = (y: number, height: number) => y >= height - 57 || y <= 62;

async function runningText(document: PDFDocumentProxy): Promise<string[]> {
	const texts: string[] = [];
	for (let number = 1; number <= document.numPages; number++) {
		const page = await document.getPage(number);
		const items = (await page.getTextContent()).items.filter(
			(item) => 'str' in item && !inMargin(item.transform[5], page.view[3]),
		);
		texts.push(items.map((item) => ('str' in item ? item.str + (item.hasEOL ? ' ' : '') : '')).join(''));
	}
	return texts;
}

type OutlineEntry = { title: string; dest: string | unknown[] | null; items: OutlineEntry[] };

/** The outline's entries in order, each indented by its depth. */
async function outlineOf(document: PDFDocumentProxy): Promise<string[]> {
	const flatten = (entries: OutlineEntry[], depth: number): string[] =>
		entries.flatMap((entry) => [`${'  '.repeat(depth)}${entry.title}`, ...flatten(entry.items, depth + 1)]);
	return flatten(((await document.getOutline()) ?? []) as OutlineEntry[], 0);
}

/** Text compared without white space or ligatures (ﬁ, ﬂ): a PDF's text runs split words and lines their own way. */
const squeeze = (text: string) => normalise(text.normalize('NFKC')).replace(/\s+/g, '');

test('the PDF holds every sentence of the thesis', () => {
	const text = squeeze(pages.join(' '));
	const { headings, sentences } = splitThesis(readFileSync('content/source.txt', 'utf8'));
	expect(sentences.length).toBeGreaterThan(10);
	expect(headings.filter((heading) => !text.includes(squeeze(heading)))).toEqual([]);
	expect(sentences.filter((sentence) => !text.includes(squeeze(sentence)))).toEqual([]);
});

test('its outline is the headings the full text shows, each once, and its links stay inside it', async () => {
	// The full text's headings but its "On this page" list, indented by level; the PDF adds
	// its contents list after the cover (title and abstract).
	const page = fromHtml(readFileSync(join(dist, 'full-text', 'index.html'), 'utf8'));
	const inToc = new Set(selectAll('.toc :is(h1, h2, h3, h4, h5, h6)', page));
	const shown = selectAll('main :is(h1, h2, h3, h4, h5, h6)', page)
		.filter((heading) => !inToc.has(heading))
		.map((heading) => `${'  '.repeat(Number(heading.tagName[1]) - 1)}${toText(heading).replace(/\s+/g, ' ').trim()}`);
	const afterCover = shown.indexOf('  Abstract') + 1;
	expect(afterCover).toBeGreaterThan(0);
	const headings = [...shown.slice(0, afterCover), '  Contents', ...shown.slice(afterCover)];
	expect(headings.length).toBeGreaterThan(10);
	expect(await outlineOf(pdf)).toEqual(headings);

	// The contents (page 2) link to places in the PDF, none to the address it was drawn from.
	const links = (await (await pdf.getPage(2)).getAnnotations()).filter((a) => a.subtype === 'Link');
	expect(links.length).toBeGreaterThanOrEqual(model.chapters.length + model.dynamics.length + model.challenges.length);
	expect(links.filter((link) => !link.dest)).toEqual([]);
	for (let number = 1; number <= pdf.numPages; number++) {
		const urls = (await (await pdf.getPage(number)).getAnnotations()).map((a) => a.url).filter(Boolean);
		expect(urls.filter((url) => url.includes('.invalid'))).toEqual([]);
	}
});

test('every heading is whole on one page, with text after it there', async () => {
	const flatten = (entries: OutlineEntry[]): OutlineEntry[] => entries.flatMap((e) => [e, ...flatten(e.items)]);
	const entries = flatten(((await pdf.getOutline()) ?? []) as OutlineEntry[]);
	expect(entries.length).toBeGreaterThan(10);
	for (const entry of entries) {
		// An entry leads to the top of its heading: [page, /XYZ, left, top, zoom].
		const dest = typeof entry.dest === 'string' ? await pdf.getDestination(entry.dest) : entry.dest;
		const [ref, , , top] = (dest ?? []) as [RefProxy, unknown, number, number];
		const page = await pdf.getPage((await pdf.getPageIndex(ref)) + 1);
		const below = (await page.getTextContent()).items.filter(
			(item) => 'str' in item && item.transform[5] <= top && !inMargin(item.transform[5], page.view[3]),
		);
		const text = squeeze(below.map((item) => ('str' in item ? item.str : '')).join(''));
		expect(text.startsWith(squeeze(entry.title)), `"${entry.title}" on page ${page.pageNumber}`).toBe(true);
		expect(text.length, `text after "${entry.title}" on page ${page.pageNumber}`).toBeGreaterThan(
			squeeze(entry.title).length,
		);
	}
});

test('its text is set only in the embedded fonts, never one of the machine', async () => {
	const used = new Set<string>();
	for (let number = 1; number <= pdf.numPages; number++) {
		const page = await pdf.getPage(number);
		await page.getOperatorList();
		for (const item of (await page.getTextContent()).items)
			if ('fontName' in item && item.str.trim())
				used.add((page.commonObjs.get(item.fontName) as { name: string }).name);
	}
	expect(used.size).toBeGreaterThan(1);
	expect([...used].filter((name) => !isPdfFont(name))).toEqual([]);
});

test('it is the same whatever fonts the machine has', async () => {
	// It starts a browser three times.
	test.slow();
	// Drawn twice from the built full text: with the machine's fonts, and with every family
	// the browser asks the system for (serif, system-ui, Arial…) answered with Liberation Mono.
	const folder = mkdtempSync(join(tmpdir(), 'pdf-fonts-'));
	try {
		const fontconfig = join(folder, 'fonts.conf');
		writeFileSync(
			fontconfig,
			`<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
<fontconfig>
	<include ignore_missing="no">/etc/fonts/fonts.conf</include>
	<cachedir>${folder}</cachedir>
	<match target="pattern"><edit name="family" mode="prepend_first" binding="strong"><string>Liberation Mono</string></edit></match>
</fontconfig>
`,
		);
		const options = { root: dist, base: '/', executable: chromiumExecutable() };
		const otherFonts = { ...options, env: { ...process.env, FONTCONFIG_FILE: fontconfig } };
		const html = readFileSync(join(dist, 'full-text', 'index.html'), 'utf8');
		const inputs = pdfEditionInputs(html, thesis, { base: '/', siteUrl: 'https://example.org/' });
		const read = async (bytes: Uint8Array) => {
			const document = await openPdf(bytes);
			return { pages: document.numPages, text: await runningText(document), outline: await outlineOf(document) };
		};
		expect(await read(await renderPdf(inputs, otherFonts))).toEqual(await read(await renderPdf(inputs, options)));

		// Those fonts did reach that browser: a page in its sans-serif is set in Liberation Mono.
		const control = await renderPdf(
			{
				...inputs,
				document: '<!doctype html><title>Control</title><p style="font-family: sans-serif">Control</p>',
				settings: { ...inputs.settings, displayHeaderFooter: false },
			},
			otherFonts,
		);
		expect(Buffer.from(control).toString('latin1')).toContain('+LiberationMono');
	} finally {
		rmSync(folder, { recursive: true, force: true });
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
	// Its dates are the current edition's, not the time it was printed: no clock shapes it.
	const current = model.editions.at(-1);
	const day = current ? `D:${current.date.replaceAll('-', '')}000000` : undefined;
	expect(String(info.CreationDate ?? '').slice(0, 16) || undefined).toBe(day);
	expect(String(info.ModDate ?? '').slice(0, 16) || undefined).toBe(day);
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
