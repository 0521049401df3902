import type { Font, Glyph } from 'opentype.js';
import { glyphOf, type CardFace } from './card-fonts.ts';

/** How a block of a card's text is set. */
export interface TextStyle {
	face: CardFace;
	/** Font size in pixels. */
	size: number;
	/** Line height as a multiple of the size; undefined: the font's own (CSS `normal`). */
	lineHeight?: number;
	/** At most this many lines; the last one shown ends with an ellipsis if text was left out. */
	maxLines: number;
}

/** A glyph set on a line, `x` pixels from the line's start. */
export interface PlacedGlyph {
	font: Font;
	glyph: Glyph;
	x: number;
}

/** A line of a block: its text and its glyphs. */
export interface TextLine {
	text: string;
	glyphs: PlacedGlyph[];
}

/** A block of text broken into lines, with the metrics to place it. */
export interface TextBlock {
	lines: TextLine[];
	/** Font size in pixels. */
	size: number;
	/** Height of one line, in pixels. */
	lineHeight: number;
	/** From the top of a line to its baseline, in pixels. */
	baseline: number;
	height: number;
}

const ellipsis = '…';

/**
 * Breaks text into lines no wider than `width` (between words; inside a word only when it
 * is wider than a line on its own), as a browser does for `white-space: normal`, and cuts
 * it to the style's lines with an ellipsis.
 */
export function setText(text: string, style: TextStyle, width: number): TextBlock {
	const words = text.split(/\s+/).filter(Boolean);
	const lines: string[] = [];
	let line = '';
	for (const word of words) {
		const candidate = line ? `${line} ${word}` : word;
		if (!line || advance(candidate, style) <= width) {
			line = candidate;
			continue;
		}
		lines.push(line);
		line = word;
	}
	if (line) lines.push(line);
	const broken = lines.flatMap((wrapped) => breakLongWord(wrapped, style, width));
	const shown = broken.slice(0, style.maxLines);
	if (broken.length > style.maxLines) shown[shown.length - 1] = withEllipsis(shown[shown.length - 1], style, width);
	const [font] = style.face.fonts;
	const scale = style.size / font.unitsPerEm;
	const content = (font.ascender - font.descender) * scale;
	const lineHeight = style.lineHeight ? style.lineHeight * style.size : content + lineGap(font) * scale;
	return {
		lines: shown.map((kept) => ({ text: kept, glyphs: place(kept, style) })),
		size: style.size,
		lineHeight,
		baseline: (lineHeight - content) / 2 + font.ascender * scale,
		height: lineHeight * shown.length,
	};
}

/** The glyphs of a line, with the kerning of each pair. */
function place(text: string, style: TextStyle): PlacedGlyph[] {
	const placed: PlacedGlyph[] = [];
	let x = 0;
	let previous: PlacedGlyph | undefined;
	for (const character of text) {
		const { font, glyph } = glyphOf(style.face, character);
		const scale = style.size / font.unitsPerEm;
		if (previous && previous.font === font) x += font.getKerningValue(previous.glyph, glyph) * scale;
		previous = { font, glyph, x };
		placed.push(previous);
		x += (glyph.advanceWidth ?? 0) * scale;
	}
	return placed;
}

/** The width of a line of text, in pixels. */
export function advance(text: string, style: TextStyle): number {
	const glyphs = place(text, style);
	const last = glyphs.at(-1);
	return last ? last.x + ((last.glyph.advanceWidth ?? 0) * style.size) / last.font.unitsPerEm : 0;
}

/** A line that is too wide because of one long word, broken between its characters. */
function breakLongWord(text: string, style: TextStyle, width: number): string[] {
	if (advance(text, style) <= width) return [text];
	const pieces: string[] = [];
	let piece = '';
	for (const character of text) {
		if (piece && advance(piece + character, style) > width) {
			pieces.push(piece.trimEnd());
			piece = character.trimStart();
		} else piece += character;
	}
	if (piece) pieces.push(piece);
	return pieces;
}

/** The line shortened until it fits with an ellipsis after it (whole words first). */
function withEllipsis(line: string, style: TextStyle, width: number): string {
	let text = line;
	while (text && advance(`${text}${ellipsis}`, style) > width) {
		const space = text.lastIndexOf(' ');
		text = space > 0 ? text.slice(0, space) : [...text].slice(0, -1).join('');
	}
	return `${text.replace(/[\s,;:.]+$/, '')}${ellipsis}`;
}

/** The font's line gap (hhea), in font units. */
function lineGap(font: Font): number {
	const hhea = font.tables.hhea as { lineGap?: number } | undefined;
	return hhea?.lineGap ?? 0;
}
