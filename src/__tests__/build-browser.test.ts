import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { afterEach, describe, expect, it } from 'vitest';
import { BuildBrowser } from '../browser/build-browser.ts';
import { mermaidConfig } from '../diagrams/mermaid-config.ts';
import { pdfEditionInputs } from '../pdf/edition.ts';

let root: string | undefined;
afterEach(() => {
	if (root) rmSync(root, { recursive: true, force: true });
	root = undefined;
});

/** The text of every page of a PDF. */
async function pdfText(bytes: Uint8Array): Promise<string> {
	const pdf = await getDocument({ data: bytes }).promise;
	const pages = await Promise.all(
		Array.from({ length: pdf.numPages }, async (_, i) => (await pdf.getPage(i + 1)).getTextContent()),
	);
	return pages.flatMap((page) => page.items.map((item) => ('str' in item ? item.str : ''))).join(' ');
}

describe('BuildBrowser', () => {
	it('draws diagrams and then prints the PDF in one browser, in its worker thread', async () => {
		root = mkdtempSync(join(tmpdir(), 'build-browser-'));
		const browser = new BuildBrowser('warm');
		try {
			const [drawn, broken] = await browser.diagrams.render(
				['flowchart LR\n  a[Reading] --> b[Citing]', 'flowchart LR\n  a -->> [[['],
				mermaidConfig,
				'test',
			);
			expect(drawn.ok && drawn.svg).toContain('Citing');
			expect(broken.ok).toBe(false);
			// The diagrams' service closing its browser leaves the build browser open for the PDF.
			await browser.diagrams.close();
			// Every element in the edition's serif, as the site's stylesheet would set it.
			const page = `<!doctype html><html><head><title>T</title><style>* { font-family: var(--font-text); }</style></head><body><main><div class="full-text"><h2 id="s-1">1 Printed words</h2><p>A paragraph.</p></div></main></body></html>`;
			const inputs = pdfEditionInputs(
				page,
				{ title: 'A thesis', shortTitle: 'Short', description: 'D', language: 'en', abstract: ['An abstract.'] },
				{ base: '/', siteUrl: 'https://example.org/' },
			);
			const { bytes, otherFonts } = await browser.printPdf(inputs, { root, base: '/' });
			expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
			expect(await pdfText(bytes)).toContain('Printed words');
			// Checked in the worker too: set in the embedded fonts only.
			expect(otherFonts).toEqual([]);
			expect(browser.diagrams.launches).toBe(1);
		} finally {
			await browser.close();
		}
	}, 120_000);

	it('starts no browser until something is asked of it', async () => {
		const browser = new BuildBrowser('later');
		expect(browser.diagrams.launches).toBe(0);
		await browser.close();
	});
});
