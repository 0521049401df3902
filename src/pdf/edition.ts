import { readFileSync } from 'node:fs';
import { escapeHtml } from '../diagrams/diagram-html';
import type { PdfMetadata } from './metadata';
import { printDocument } from './print-document';

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
 * edition's stylesheet, A4 pages with a running title, and the metadata.
 */
export function pdfEditionInputs(
	fullTextHtml: string,
	thesis: ThesisFile,
	site: { base: string; siteUrl: string },
): PdfEditionInputs {
	const { html: document, headings } = printDocument(fullTextHtml, {
		title: thesis.title,
		abstract: thesis.abstract,
		keywords: thesis.keywords ?? [],
		...site,
		styles: readFileSync(new URL('./edition.css', import.meta.url), 'utf8'),
	});
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
		},
	};
}

/** How pages are laid out: A4, the site's print margins, a running title and page numbers. */
function pageSettings(runningTitle: string) {
	const small =
		'font-family: "Liberation Serif", serif; font-size: 8pt; color: #555; width: 100%; box-sizing: border-box; padding: 0 2cm;';
	return {
		format: 'A4',
		printBackground: false,
		tagged: true,
		outline: true,
		displayHeaderFooter: true,
		headerTemplate: `<div style='${small} text-align: end;'>${escapeHtml(runningTitle)}</div>`,
		footerTemplate: `<div style='${small} text-align: center;'><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
		margin: { top: '2cm', right: '2cm', bottom: '2.2cm', left: '2cm' },
	};
}
