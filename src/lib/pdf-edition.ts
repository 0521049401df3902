/**
 * The PDF edition's name and size, shared by the pages that link to it and the build step
 * that renders it (src/integrations/pdf-edition.ts). No Astro import: the integration
 * runs outside Astro's modules.
 */

/** The PDF's file name from the thesis's short title: "“Internet +”: dynamics" → "internet-dynamics.pdf". */
export function pdfFileName(shortTitle: string): string {
	const slug = shortTitle
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'thesis'}.pdf`;
}

/**
 * Pages are written before the PDF exists, so its size is left as an empty
 * `<span data-pdf-size data-pagefind-ignore>` inside each link and filled in once the PDF
 * is made (the search index is made from the pages before that, and leaves it out).
 */
export const pdfSizeAttribute = 'data-pdf-size';

/** Fills every size placeholder of a built page with the PDF's size, e.g. ", 412 KB". */
export function fillPdfSize(html: string, bytes: number): string {
	return html.replace(new RegExp(`(<span ${pdfSizeAttribute}[^>]*>)[^<]*(</span>)`, 'g'), `$1, ${formatSize(bytes)}$2`);
}

/** "412 KB", "1.3 MB": sizes as a reader judges a download. */
export function formatSize(bytes: number): string {
	const kilobytes = bytes / 1024;
	if (kilobytes < 1024) return `${Math.max(1, Math.round(kilobytes))} KB`;
	return `${(kilobytes / 1024).toFixed(1)} MB`;
}
