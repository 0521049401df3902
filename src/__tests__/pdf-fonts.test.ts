import { PDFDocument, StandardFonts } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { pdfEditionInputs } from '../pdf/edition.ts';
import { fontFaces, isPdfFont, otherFonts, pdfFonts } from '../pdf/fonts.ts';

/** The families and scripts of a stylesheet's @font-face rules, e.g. "Arimo 700 italic U+0370-0377…". */
const faces = (css: string) =>
	[
		...css.matchAll(
			/font-family: '(\w+)'; font-style: (\w+); font-weight: (\d+); src: url\(([^)]*)\)[^;]*; unicode-range: ([^;]+);/g,
		),
	].map(([, family, style, weight, url, range]) => ({ family, style, weight, url, range }));

describe('the PDF edition’s fonts', () => {
	it('are inlined from npm packages, with only the scripts the text uses', () => {
		const latin = faces(fontFaces(pdfFonts.ui, 'Plain “quoted” text'));
		expect(latin.map((face) => `${face.family} ${face.weight} ${face.style}`)).toEqual([
			'Arimo 400 normal',
			'Arimo 400 italic',
			'Arimo 700 normal',
			'Arimo 700 italic',
		]);
		expect(latin.every((face) => face.url.startsWith('data:font/woff2;base64,'))).toBe(true);
		expect(latin.every((face) => face.range.startsWith('U+0000-00FF,'))).toBe(true);

		const greek = faces(fontFaces(pdfFonts.text, 'Ωμέγα and Latin', [{ weight: 400, style: 'normal' }]));
		expect(greek.map((face) => face.range)).toEqual([
			'U+0370-0377,U+037A-037F,U+0384-038A,U+038C,U+038E-03A1,U+03A3-03FF',
			expect.stringMatching(/^U\+0000-00FF,/),
		]);
	});

	it('tell the edition’s own fonts from others by the names a PDF gives them', () => {
		expect(['AAAAAA+Arimo-Bold', 'BAAAAA+Tinos-Regular', 'Cousine-Italic'].every(isPdfFont)).toBe(true);
		expect(['CAAAAA+NotoSans-Regular', 'LiberationSerif', 'DejaVuSans-Bold', 'Helvetica'].some(isPdfFont)).toBe(false);
	});

	it('find a font of the machine in a PDF', async () => {
		const document = await PDFDocument.create();
		expect(await otherFonts(await document.save())).toEqual([]);
		document.addPage().drawText('x', { font: await document.embedFont(StandardFonts.Helvetica) });
		expect(await otherFonts(await document.save())).toEqual(['Helvetica']);
	});

	it('are the only ones the print document and its running title and page numbers name', () => {
		const page = `<!doctype html><html><head><title>T</title></head><body><main><div class="full-text"><h2 id="s-1">1 Ωmega</h2><pre>code</pre></div></main></body></html>`;
		const { document, settings } = pdfEditionInputs(
			page,
			{ title: 'T', shortTitle: 'Short', description: 'D', language: 'en', abstract: ['A.'] },
			{ base: '/', siteUrl: 'https://example.org/' },
		);
		expect(document).toContain(":root { --font-text: 'Tinos'; --font-ui: 'Arimo'; --font-mono: 'Cousine'; }");
		expect(new Set(faces(document).map((face) => face.family))).toEqual(new Set(['Tinos', 'Arimo', 'Cousine']));
		// The heading's Ω needs the Greek faces too.
		expect(faces(document).some((face) => face.range.startsWith('U+0370'))).toBe(true);
		for (const template of [settings.headerTemplate, settings.footerTemplate]) {
			expect(faces(template).map((face) => face.family)).toEqual(['Tinos']);
			expect(template).toContain("font-family: 'Tinos';");
		}
		// Nothing is fetched from another host.
		expect(document).not.toMatch(/url\((?!data:)/);
	});
});
