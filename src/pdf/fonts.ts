import { readFileSync } from 'node:fs';
import { projectRequire, requirePackage } from '../lib/require-package.ts';

/**
 * The PDF edition's typefaces, from npm packages (@fontsource), never the machine's: its
 * pages, text and outline come out the same wherever it is built. They have the metrics of
 * the faces the site falls back to (Times, Arial, Courier New, as Liberation Serif, Sans
 * and Mono), and Arimo is what Mermaid measured diagram labels with (Arial).
 */
export const pdfFonts = {
	text: { family: 'Tinos', package: 'tinos' },
	ui: { family: 'Arimo', package: 'arimo' },
	mono: { family: 'Cousine', package: 'cousine' },
} as const;

export type PdfFont = (typeof pdfFonts)[keyof typeof pdfFonts];

/** One face of a family: its weight and style. */
export interface FontStyle {
	weight: 400 | 700;
	style: 'normal' | 'italic';
}

/** Regular, italic, bold and bold italic: what the thesis's text can ask for. */
export const allStyles: FontStyle[] = [
	{ weight: 400, style: 'normal' },
	{ weight: 400, style: 'italic' },
	{ weight: 700, style: 'normal' },
	{ weight: 700, style: 'italic' },
];

/**
 * `@font-face` rules for the given faces, for each script of the package (subset) that one
 * of the characters of `text` is in, the files inlined as data: URLs: the document carries
 * its fonts, so nothing is fetched and the PDF's cache key, a hash of the document, covers
 * them. A subset no character needs would never be used, so leaving it out changes nothing.
 */
export function fontFaces(font: PdfFont, text: string, styles: FontStyle[] = allStyles): string {
	const characters = new Set([...text].map((character) => character.codePointAt(0) ?? 0));
	const unicode = projectRequire.resolve(`@fontsource/${font.package}/unicode.json`);
	const subsets = Object.entries(JSON.parse(readFileSync(unicode, 'utf8')) as Record<string, string>).filter(
		([, range]) => covers(range, characters),
	);
	return styles
		.flatMap(({ weight, style }) =>
			subsets.map(([subset, range]) => {
				const name = `${font.package}-${subset}-${weight}-${style}.woff2`;
				const data = readFileSync(projectRequire.resolve(`@fontsource/${font.package}/files/${name}`));
				return `@font-face { font-family: '${font.family}'; font-style: ${style}; font-weight: ${weight}; src: url(data:font/woff2;base64,${data.toString('base64')}) format('woff2'); unicode-range: ${range}; }`;
			}),
		)
		.join('\n');
}

/** Whether a CSS unicode-range ("U+0000-00FF,U+0131") has one of the code points. */
function covers(range: string, characters: Set<number>): boolean {
	return range.split(',').some((part) => {
		const [from, to = from] = part
			.trim()
			.slice(2)
			.split('-')
			.map((hex) => parseInt(hex, 16));
		return [...characters].some((code) => code >= from && code <= to);
	});
}

/** Whether a font a PDF names (e.g. "AAAAAA+Arimo-Bold", a subset of Arimo) is one of the edition's own. */
export function isPdfFont(name: string): boolean {
	const family = name.replace(/^[A-Z]{6}\+/, '').split('-')[0];
	return Object.values(pdfFonts).some((font) => font.family === family);
}

/**
 * The fonts a PDF draws with that are not the edition's own: a character none of the
 * embedded faces has is drawn in a font of the machine, so that PDF depends on the machine.
 */
export async function otherFonts(bytes: Uint8Array): Promise<string[]> {
	const { PDFDocument, PDFDict, PDFName } = requirePackage<typeof import('@cantoo/pdf-lib')>('@cantoo/pdf-lib');
	const document = await PDFDocument.load(bytes, { updateMetadata: false });
	const names = new Set<string>();
	for (const [, object] of document.context.enumerateIndirectObjects()) {
		if (!(object instanceof PDFDict) || object.get(PDFName.of('Type')) !== PDFName.of('Font')) continue;
		// Type 3 fonts (glyphs drawn as pictures) have no BaseFont: none of the embedded faces is one.
		const name = object.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? 'a Type 3 font';
		if (!isPdfFont(name)) names.add(name);
	}
	return [...names].sort();
}
