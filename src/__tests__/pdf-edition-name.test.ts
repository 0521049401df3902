import { describe, expect, it } from 'vitest';
import { printDocument } from '../pdf/print-document.ts';

const options = {
	title: 'The thesis',
	abstract: ['The abstract.'],
	keywords: [],
	base: '/',
	siteUrl: 'https://example.org/',
	styles: '',
};
const page = (source: string) => `<!doctype html><html lang="en"><head><title>T</title></head><body><main>
	<article><div class="full-text prose"><section class="chapter" aria-labelledby="s-1"><h2 id="s-1">1 Intro</h2><p>Text.</p></section></div></article>
	${source}</main></body></html>`;

describe('the PDF edition names its edition', () => {
	it('on its cover, under the title, as the full text names it; and gives it for the metadata', () => {
		const { html, edition, date } = printDocument(
			page(
				'<p class="page-source"><span class="edition" data-date="2026-12-10"><a href="/changes/#edition-2">Edition 2, 10 December 2026</a></span> <span class="cite">Cite edition 2: <a href="/citation.bib">BibTeX</a></span></p>',
			),
			options,
		);
		expect(edition).toBe('Edition 2, 10 December 2026');
		// Its date, for the PDF's own dates.
		expect(date).toBe('2026-12-10');
		expect(html).toContain('<h1>The thesis</h1><p class="pdf-edition">Edition 2, 10 December 2026</p>');
		// Where the page names it is for browsing: the PDF has it on its cover.
		expect(html).not.toContain('Cite edition 2');
		expect(html).not.toContain('page-source');
	});
	it('names none when no edition is recorded', () => {
		const { html, edition, date } = printDocument(
			page('<p class="page-source"><span class="cite">Cite the thesis</span></p>'),
			options,
		);
		expect(edition).toBeUndefined();
		expect(date).toBeUndefined();
		expect(html).not.toContain('pdf-edition');
	});
});
