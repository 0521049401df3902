import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fillPdfSize, formatSize, pdfFileName } from '../lib/pdf-edition.ts';
import { packageVersion } from '../lib/require-package.ts';
import { PdfCache, pdfKey } from '../pdf/pdf-cache.ts';
import { printDocument } from '../pdf/print-document.ts';

const pdf = (text: string) => Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`, 'latin1');

describe('the PDF edition’s cache', () => {
	it('keys on every input: the same inputs hit, any change misses', () => {
		const inputs = { document: '<p>a</p>', stylesheets: ['p{}'], settings: { format: 'A4' } };
		expect(pdfKey(inputs)).toBe(pdfKey(structuredClone(inputs)));
		expect(pdfKey({ ...inputs, document: '<p>b</p>' })).not.toBe(pdfKey(inputs));
		expect(pdfKey({ ...inputs, stylesheets: ['p{color:red}'] })).not.toBe(pdfKey(inputs));
		expect(pdfKey({ ...inputs, settings: { format: 'Letter' } })).not.toBe(pdfKey(inputs));
	});
	it('can name the version of pdf-lib, whose package does not export its package.json', () => {
		expect(packageVersion('@cantoo/pdf-lib')).toMatch(/^\d+\.\d+\.\d+/);
	});
	it('gives back what it stored, leaves no temporary file, and treats a damaged file as a miss', () => {
		const directory = mkdtempSync(join(tmpdir(), 'pdf-cache-'));
		try {
			const cache = new PdfCache(directory);
			expect(cache.get('k')).toBeUndefined();
			cache.set('k', pdf('one'));
			expect(cache.get('k')?.toString('latin1')).toContain('one');
			expect(readdirSync(directory)).toEqual(['k.pdf']);
			writeFileSync(join(directory, 'cut.pdf'), '%PDF-1.4\nhalf a file');
			expect(cache.get('cut')).toBeUndefined();
			expect(existsSync(join(directory, 'cut.pdf'))).toBe(true);
		} finally {
			rmSync(directory, { recursive: true, force: true });
		}
	});
});

describe('the PDF’s name and size', () => {
	it('names the file after the short title', () => {
		expect(pdfFileName('“Internet +”: dynamics and challenges')).toBe('internet-dynamics-and-challenges.pdf');
		expect(pdfFileName('Études')).toBe('etudes.pdf');
		expect(pdfFileName('“”')).toBe('thesis.pdf');
	});
	it('fills every size placeholder of a page', () => {
		expect(formatSize(421_888)).toBe('412 KB');
		expect(formatSize(1_363_149)).toBe('1.3 MB');
		const html =
			'<a href="/x.pdf">PDF<span data-pdf-size data-astro-cid-1></span></a><p>PDF<span data-pdf-size></span></p>';
		expect(fillPdfSize(html, 421_888)).toBe(
			'<a href="/x.pdf">PDF<span data-pdf-size data-astro-cid-1>, 412 KB</span></a><p>PDF<span data-pdf-size>, 412 KB</span></p>',
		);
	});
});

describe('the print document', () => {
	const page = `<!doctype html><html lang="en"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>Full text · T</title><script>x()</script></head><body>
		<header class="site-header">Site</header><aside class="sidebar">Nav</aside>
		<main><article><header class="page-header"><h1>Page title</h1></header>
		<div class="full-text prose">
			<section aria-labelledby="abstract"><h2 id="abstract">Abstract</h2><p>The abstract.</p></section>
			<section class="chapter" aria-labelledby="section-1" data-page="/thesis/introduction/"><h2 id="section-1">1 Intro</h2>
				<p id="p-1-1">See <a href="/thesis/dynamics/x/">the dynamic</a>, <a href="/thesis/dynamics/x/#figure-a">Fig. 1</a>,
				<span class="concept-mention"><a class="concept-link" href="/thesis/concepts/c/">big data</a><span class="concept-tip">Definition</span></span>,
				<a href="/thesis/figures/">the figures</a> and <a href="https://example.org/">a source</a>. <a class="passage-link" href="#p-1-1">¶</a></p>
				<section aria-labelledby="section-2-1" data-page="/thesis/dynamics/x/"><h3 id="section-2-1">2.1 X</h3><figure id="figure-a"></figure></section>
			</section>
		</div></article></main><footer class="site-footer">Footer</footer></body></html>`;
	const { html, headings } = printDocument(page, {
		title: 'The thesis',
		abstract: ['unused: the page has its abstract'],
		keywords: ['one', 'two words'],
		base: '/thesis/',
		siteUrl: 'https://example.org/thesis/',
		styles: '.pdf-cover{}',
	});

	it('has a cover with title, abstract and keywords, and contents linked to the sections', () => {
		expect(html).toContain(
			'<section class="pdf-cover"><h1>The thesis</h1><section aria-labelledby="abstract"><h2 id="abstract">Abstract</h2><p>The abstract.</p></section>',
		);
		expect(html).toContain('<strong>Keywords: </strong>one; two words');
		expect(html).toMatch(
			/<nav class="pdf-contents"[^>]*><h2 id="pdf-contents-heading">Contents<\/h2><ol><li><a href="#section-1">1 Intro<\/a><ol><li><a href="#section-2-1">2.1 X<\/a><\/li><\/ol><\/li><\/ol><\/nav>/,
		);
		expect(html).toContain('<title>The thesis</title>');
		expect(headings).toEqual(['The thesis', 'Abstract', 'Contents', '1 Intro', '2.1 X']);
	});
	it('leaves out what is for browsing: site chrome, page title, permalinks, concept previews, scripts, the page’s policy', () => {
		for (const gone of ['Site', 'Nav', 'Page title', 'Footer', '¶', 'Definition', '<script', 'content-security-policy'])
			expect(html).not.toContain(gone);
	});
	it('links within the thesis inside the PDF, elsewhere to the published site', () => {
		expect(html).toContain('<a href="#section-2-1">the dynamic</a>');
		expect(html).toContain('<a href="#figure-a">Fig. 1</a>');
		expect(html).toMatch(/,\s+big data,/);
		expect(html).not.toContain('concept');
		expect(html).toContain('<a href="https://example.org/thesis/figures/">the figures</a>');
		expect(html).toContain('<a href="https://example.org/">a source</a>');
	});
	it('keeps each passage’s permalink, emptied, so that Chromium gives the passage a named destination', () => {
		expect(html).toContain('<a class="passage-link" href="#p-1-1"></a></p>');
	});
});
