import { readFileSync } from 'node:fs';
import type { Font, Glyph } from 'opentype.js';
import { projectRequire, requirePackage } from '../lib/require-package.ts';

/** A face of the cards: one weight of one family, in the files @fontsource splits it into. */
export interface CardFace {
	/** The subsets' fonts, in the order a character is looked for in them. */
	fonts: Font[];
}

/** A character's glyph and the font it was found in (kerning is looked up in that font). */
export interface FaceGlyph {
	font: Font;
	glyph: Glyph;
}

/** The scripts each face covers: Latin and its extension, so accented names are drawn too. */
const subsets = ['latin', 'latin-ext'];

/**
 * A face from an npm package, not the system, so every machine draws the same card: Arimo
 * and Tinos have the metrics of Arial and Times (as Liberation Sans and Serif, the site's
 * fallbacks).
 */
export function loadFace(family: 'arimo' | 'tinos', weight: 400 | 700): CardFace {
	const { parse } = requirePackage<typeof import('opentype.js')>('opentype.js');
	const fonts = subsets.map((subset) => {
		const file = readFileSync(
			projectRequire.resolve(`@fontsource/${family}/files/${family}-${subset}-${weight}-normal.woff`),
		);
		return parse(file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength));
	});
	return { fonts };
}

/**
 * The glyph of a character in the first of the face's fonts that has one; a character in
 * none of them is drawn as the first font's missing-glyph box, as a browser would.
 */
export function glyphOf(face: CardFace, character: string): FaceGlyph {
	for (const font of face.fonts) {
		const index = font.charToGlyphIndex(character);
		if (index) return { font, glyph: font.glyphs.get(index) };
	}
	const [font] = face.fonts;
	return { font, glyph: font.glyphs.get(0) };
}
