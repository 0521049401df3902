import { PDFDocument } from '@cantoo/pdf-lib';

export interface PdfMetadata {
	title: string;
	subject: string;
	keywords: string[];
	authors: string[];
	language: string;
}

/**
 * The document information Chromium cannot write (it takes only the title, from <title>):
 * subject, keywords and authors, set with pdf-lib. Loading and saving keeps the rest of
 * the file, the tag structure (StructTreeRoot, MarkInfo), outline and link destinations
 * included; the e2e test of the PDF checks they survive.
 */
export async function withMetadata(bytes: Uint8Array, metadata: PdfMetadata): Promise<Uint8Array> {
	const document = await PDFDocument.load(bytes, { updateMetadata: false });
	document.setTitle(metadata.title, { showInWindowTitleBar: true });
	document.setSubject(metadata.subject);
	// pdf-lib joins keywords with spaces; one "; "-separated string keeps multi-word keywords apart.
	if (metadata.keywords.length) document.setKeywords([metadata.keywords.join('; ')]);
	if (metadata.authors.length) document.setAuthor(metadata.authors.join('; '));
	document.setLanguage(metadata.language);
	document.setProducer('Chromium (Skia/PDF), with document information by pdf-lib');
	return document.save();
}
