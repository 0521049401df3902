import { readFileSync } from 'node:fs';
import { decodeHTML } from 'entities';
import { escapeHtml } from '../diagrams/diagram-html.ts';
import { fontFaces, pdfFonts } from './fonts.ts';
import type { PdfMetadata } from './metadata.ts';
import { printDocument } from './print-document.ts';

/** What content/thesis.json says that the PDF edition shows. */
export interface ThesisFile {
	title: string;
	shortTitle: string;
	description: string;
	language: string;
	abstract: string[];
	keywords?: string[];
	authors?: string[];
}

/** What the PDF edition is drawn from: the print document, its page settings and its metadata. */
export interface PdfEditionInputs {
	document: string;
	settings: PageSettings;
	metadata: PdfMetadata;
}

export type PageSettings = ReturnType<typeof pageSettings>;

/**
 * The PDF edition's inputs from the built full-text page: the print document with the
 * edition's stylesheet and fonts, A4 pages with a running title, and the metadata (with the
 * edition the page names).
 */
export function pdfEditionInputs(
	fullTextHtml: string,
	thesis: ThesisFile,
	site: { base: string; siteUrl: string },
): PdfEditionInputs {
	const { html, headings, edition, date } = printDocument(fullTextHtml, {
		title: thesis.title,
		abstract: thesis.abstract,
		keywords: thesis.keywords ?? [],
		...site,
		styles: readFileSync(new URL('./edition.css', import.meta.url), 'utf8'),
	});
	// The fonts for every character of the document, its markup included (a superset of its text).
	const document = html.replace('</head>', () => `<style>${fontStyles(decodeHTML(html))}</style></head>`);
	return {
		document,
		settings: pageSettings(thesis.shortTitle),
		metadata: {
			title: thesis.title,
			subject: thesis.description,
			keywords: thesis.keywords ?? [],
			authors: thesis.authors ?? [],
			language: thesis.language,
			headings,
			...(edition ? { edition } : {}),
			...(date ? { date } : {}),
		},
	};
}

/** The embedded faces for a text, and the site's font tokens (src/styles/global.css) set to them. */
function fontStyles(text: string): string {
	const { text: serif, ui, mono } = pdfFonts;
	return [
		fontFaces(serif, text),
		fontFaces(ui, text),
		fontFaces(mono, text),
		`:root { --font-text: '${serif.family}'; --font-ui: '${ui.family}'; --font-mono: '${mono.family}'; }`,
	].join('\n');
}

/**
 * How pages are laid out: A4, the site's print margins, a running title and page numbers.
 * Chromium draws the header and footer as documents of their own, which see none of the
 * page's fonts: each carries its face.
 */
function pageSettings(runningTitle: string) {
	const face = `<style>${fontFaces(pdfFonts.text, `${runningTitle} 0123456789/`, [{ weight: 400, style: 'normal' }])}</style>`;
	const small = `font-family: '${pdfFonts.text.family}'; font-size: 8pt; color: #555; width: 100%; box-sizing: border-box; padding: 0 2cm;`;
	return {
		format: 'A4',
		printBackground: false,
		tagged: true,
		outline: true,
		displayHeaderFooter: true,
		headerTemplate: `${face}<div style="${small} text-align: end;">${escapeHtml(runningTitle)}</div>`,
		footerTemplate: `${face}<div style="${small} text-align: center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
		margin: { top: '2cm', right: '2cm', bottom: '2.2cm', left: '2cm' },
	};
}
