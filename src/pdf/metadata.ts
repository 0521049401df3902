import type { PDFDict, PDFDocument } from '@cantoo/pdf-lib';
import { requirePackage } from '../lib/require-package.ts';

type PdfLib = typeof import('@cantoo/pdf-lib');

export interface PdfMetadata {
	title: string;
	subject: string;
	keywords: string[];
	authors: string[];
	language: string;
	/** The document's headings as written, to mend the outline's titles. */
	headings: string[];
	/** The edition it shows: "Edition 2, 3 December 2026". */
	edition?: string;
	/** That edition's date (YYYY-MM-DD): the PDF's creation and modification date. */
	date?: string;
}

/**
 * The document information Chromium cannot write (it takes only the title, from <title>):
 * subject, keywords, authors and the edition (an entry "Edition" of its own), set with pdf-lib. Loading and saving keeps the rest of
 * the file, the tag structure (StructTreeRoot, MarkInfo), outline and link destinations
 * included; the e2e test of the PDF checks they survive.
 */
export async function withMetadata(bytes: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
	const lib = requirePackage<PdfLib>('@cantoo/pdf-lib');
	const document = await lib.PDFDocument.load(bytes, { updateMetadata: false });
	document.setTitle(metadata.title, { showInWindowTitleBar: true });
	document.setSubject(metadata.subject);
	// pdf-lib joins keywords with spaces; one "; "-separated string keeps multi-word keywords apart.
	if (metadata.keywords.length) document.setKeywords([metadata.keywords.join('; ')]);
	if (metadata.authors.length) document.setAuthor(metadata.authors.join('; '));
	document.setLanguage(metadata.language);
	if (metadata.edition) setInfo(lib, document, 'Edition', metadata.edition);
	setDates(lib, document, metadata.date);
	document.setProducer('Chromium (Skia/PDF), with document information by pdf-lib');
	mendOutline(lib, document, metadata.headings);
	// Without object streams: in them, readers such as pdf.js no longer find MarkInfo.
	return document.save({ useObjectStreams: false });
}

/**
 * The PDF's dates are its edition's, never the clock's (Chromium writes the time of
 * printing): the same content gives the same file on any day. With no edition recorded
 * yet, the file has no dates at all.
 */
function setDates(lib: PdfLib, document: PDFDocument, date: string | undefined): void {
	if (date) {
		const day = new Date(`${date}T00:00:00Z`);
		document.setCreationDate(day);
		document.setModificationDate(day);
		return;
	}
	const info = document.context.lookup(document.context.trailerInfo.Info, lib.PDFDict);
	info.delete(lib.PDFName.of('CreationDate'));
	info.delete(lib.PDFName.of('ModDate'));
}

/** An entry of the document information that pdf-lib has no setter for. */
function setInfo(lib: PdfLib, document: PDFDocument, key: string, value: string): void {
	const info = document.context.lookup(document.context.trailerInfo.Info, lib.PDFDict);
	info.set(lib.PDFName.of(key), lib.PDFHexString.fromText(value));
}

/**
 * Chromium drops the space where a heading wraps ("enterprisestrategy") from the outline's
 * titles; each title that matches a heading but for white space gets the heading's text.
 */
function mendOutline(lib: PdfLib, document: PDFDocument, headings: string[]): void {
	const { PDFDict, PDFHexString, PDFName, PDFString } = lib;
	const squeeze = (text: string) => text.replace(/\s+/g, '');
	const written = new Map(headings.map((heading) => [squeeze(heading), heading]));
	const visit = (item: PDFDict | undefined) => {
		for (let node = item; node; node = node.lookupMaybe(PDFName.of('Next'), PDFDict)) {
			const title = node.lookupMaybe(PDFName.of('Title'), PDFString, PDFHexString)?.decodeText();
			const heading = title === undefined ? undefined : written.get(squeeze(title));
			if (heading && heading !== title) node.set(PDFName.of('Title'), PDFHexString.fromText(heading));
			visit(node.lookupMaybe(PDFName.of('First'), PDFDict));
		}
	};
	const outlines = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
	visit(outlines?.lookupMaybe(PDFName.of('First'), PDFDict));
}
