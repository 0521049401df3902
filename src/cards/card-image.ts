import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Font, Glyph } from 'opentype.js';
import { projectRequire, requirePackage } from '../lib/require-package.ts';
import { loadFace } from './card-fonts.ts';
import { setText, type TextBlock, type TextStyle } from './card-layout.ts';
import { rasterize } from './glyph-raster.ts';
import { indexedPng, type Rgb } from './indexed-png.ts';

/** What a link-preview card shows. */
export interface CardText {
	/** The site's short title, in the accent colour at the top. */
	site: string;
	/** The page's title with its section number, e.g. "2.1 (2) Integration of big data". */
	title: string;
	/** The page's summary, cut to three lines. */
	description: string;
}

export const cardWidth = 1200;
export const cardHeight = 630;

/** The modules that draw a card (this one included): a change to any of them draws the cards again. */
const drawingModules = ['card-image.ts', 'card-fonts.ts', 'card-layout.ts', 'glyph-raster.ts', 'indexed-png.ts'];

/**
 * What draws the pictures, for the cache key: opentype.js and the drawing code for the
 * cards, resvg for the icons. An upgrade or a change of design draws them again.
 */
export const cardRenderer = [
	`cards: opentype.js ${projectRequire('opentype.js/package.json').version}`,
	`code ${createHash('sha256')
		.update(drawingModules.map((name) => readFileSync(new URL(`./${name}`, import.meta.url), 'utf8')).join('\0'))
		.digest('hex')
		.slice(0, 16)}`,
	`icons: resvg ${projectRequire('@resvg/resvg-js/package.json').version}`,
].join('; ');

/** The card's colours: a light page, the accent for the bar and the site's name, dark and grey text. */
type Ink = 'accent' | 'text' | 'muted';
const background: Rgb = [0xfd, 0xfc, 0xf9];
const inks: Record<Ink, Rgb> = { accent: [0x0b, 0x57, 0xa4], text: [0x1d, 0x21, 0x25], muted: [0x54, 0x5b, 0x63] };
const inkOrder: Ink[] = ['accent', 'text', 'muted'];

/** A colour part of the way (0 to 1) from one to another. */
const blend = (from: Rgb, to: Rgb, amount: number): Rgb => [
	Math.round(from[0] + (to[0] - from[0]) * amount),
	Math.round(from[1] + (to[1] - from[1]) * amount),
	Math.round(from[2] + (to[2] - from[2]) * amount),
];

/** Shades of each ink over the background, for smooth edges: 3 × 63 and the background fit one palette. */
const shades = 63;
const palette: Rgb[] = [
	background,
	...inkOrder.flatMap((ink) =>
		Array.from({ length: shades }, (_, i) => blend(background, inks[ink], (i + 1) / shades)),
	),
];
/** The palette index of an ink at a shade (1 to `shades`, the ink itself). */
const shadeIndex = (ink: Ink, shade: number) => 1 + inkOrder.indexOf(ink) * shades + shade - 1;

/** The layout: an accent bar on top, then the site's name, the title and the summary spread down. */
const bar = 18;
const padding = { x: 80, y: 72 };

/** The three blocks' type: fonts from npm packages, not the system, so every machine draws the same card. */
function loadStyles() {
	return {
		site: { face: loadFace('arimo', 700), size: 30, maxLines: 1 },
		title: { face: loadFace('tinos', 700), size: 62, lineHeight: 1.15, maxLines: 4 },
		description: { face: loadFace('arimo', 400), size: 28, lineHeight: 1.4, maxLines: 3 },
	} satisfies Record<string, TextStyle>;
}
let styles: ReturnType<typeof loadStyles> | undefined;

/**
 * Draws a card as PNG, with no browser and no system font: the text is set with the fonts'
 * own metrics and kerning, and each glyph painted once per size and quarter-pixel position.
 */
export function drawCard(text: CardText): Buffer {
	styles ??= loadStyles();
	const width = cardWidth - 2 * padding.x;
	const site = setText(text.site, styles.site, width);
	const title = setText(text.title, styles.title, width);
	const description = setText(text.description, styles.description, width);
	// The site's name at the top, the summary at the bottom, the title centred between them.
	const top = bar + padding.y;
	const bottom = cardHeight - padding.y;
	const gap = (bottom - top - site.height - title.height - description.height) / 2;
	const pixels = new Uint8Array(cardWidth * cardHeight);
	pixels.fill(shadeIndex('accent', shades), 0, cardWidth * bar);
	paint(pixels, site, top, 'accent');
	paint(pixels, title, top + site.height + gap, 'text');
	paint(pixels, description, bottom - description.height, 'muted');
	return indexedPng(cardWidth, cardHeight, pixels, palette);
}

/** Paints a block's glyphs in an ink, its first line's top at `top`. */
function paint(pixels: Uint8Array, block: TextBlock, top: number, ink: Ink) {
	const unshaded = shadeIndex(ink, 1) - 1;
	block.lines.forEach((line, row) => {
		const baseline = Math.round(top + row * block.lineHeight + block.baseline);
		for (const { font, glyph, x } of line.glyphs) {
			const penX = padding.x + x;
			const whole = Math.floor(penX);
			const quarter = Math.round((penX - whole) * 4);
			const mask = glyphMask(font, glyph, block.size, quarter);
			for (let my = 0; my < mask.height; my += 1) {
				const y = baseline + mask.top + my;
				if (y < 0 || y >= cardHeight) continue;
				for (let mx = 0; mx < mask.width; mx += 1) {
					const shade = mask.shades[my * mask.width + mx];
					const px = whole + mask.left + mx;
					if (shade === 0 || px < 0 || px >= cardWidth) continue;
					const at = y * cardWidth + px;
					// Where glyphs touch (kerned pairs), the darker shade of the two stays.
					const index = unshaded + shade;
					if (pixels[at] < index) pixels[at] = index;
				}
			}
		}
	});
}

/** A glyph's coverage as shades (0 to `shades`), relative to its pen position on the baseline. */
interface GlyphMask {
	left: number;
	top: number;
	width: number;
	height: number;
	shades: Uint8Array;
}

const masks = new Map<Font, Map<string, GlyphMask>>();

/** A glyph painted at a size and a quarter-pixel offset, once per build. */
function glyphMask(font: Font, glyph: Glyph, size: number, quarter: number): GlyphMask {
	let ofFont = masks.get(font);
	if (!ofFont) masks.set(font, (ofFont = new Map()));
	const key = `${glyph.index} ${size} ${quarter}`;
	let mask = ofFont.get(key);
	if (!mask) {
		const { left, top, width, height, values } = rasterize(glyph.getPath(quarter / 4, 0, size).commands);
		mask = { left, top, width, height, shades: Uint8Array.from(values, (value) => Math.round(value * shades)) };
		ofFont.set(key, mask);
	}
	return mask;
}

/**
 * Paints an SVG at a given width (its height follows the aspect ratio) as PNG, with no system
 * font. In the calling thread, not Node's shared thread pool: the card worker is a thread
 * of low priority, and its painting should be too.
 */
export function svgToPng(svg: string, width: number): Buffer {
	const { Resvg } = requirePackage<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
	return image.asPng();
}
