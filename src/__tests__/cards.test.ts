import { inflateSync, crc32 } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadFace } from '../cards/card-fonts.ts';
import { cardHeight, cardWidth, drawCard, svgToPng } from '../cards/card-image.ts';
import { advance, setText, type TextStyle } from '../cards/card-layout.ts';
import { rasterize, type OutlineCommand } from '../cards/glyph-raster.ts';
import { indexedPng, type Rgb } from '../cards/indexed-png.ts';
import { headMeta } from '../cards/head-meta.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

/** An indexed-colour PNG read back: its chunks' checksums verified, its pixels as colours. */
function readIndexedPng(png: Buffer) {
	expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
	const chunks = new Map<string, Buffer>();
	for (let at = 8; at < png.length;) {
		const length = png.readUInt32BE(at);
		const typed = png.subarray(at + 4, at + 8 + length);
		expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(typed));
		chunks.set(typed.subarray(0, 4).toString('latin1'), Buffer.from(typed.subarray(4)));
		at += length + 12;
	}
	const header = chunks.get('IHDR')!;
	const [width, height] = [header.readUInt32BE(0), header.readUInt32BE(4)];
	expect([header[8], header[9]]).toEqual([8, 3]);
	const palette = chunks.get('PLTE')!;
	const rows = inflateSync(chunks.get('IDAT')!);
	expect(rows.length).toBe((width + 1) * height);
	// Every row's filter type is 0 (none).
	expect(Array.from({ length: height }, (_, y) => rows[y * (width + 1)]).every((filter) => filter === 0)).toBe(true);
	const colour = (x: number, y: number) => {
		const index = rows[y * (width + 1) + 1 + x];
		return [...palette.subarray(index * 3, index * 3 + 3)];
	};
	return { width, height, colour, chunks: [...chunks.keys()] };
}

describe('headMeta', () => {
	it('reads meta properties whatever the attribute order, quoting and entities', () => {
		const html = `<!doctype html><html><head>
			<meta content="A &amp; B &#8220;quoted&#8221;" property="og:title">
			<meta property='og:site_name' content='It&#39;s a site'>
			<meta name="description" content="not a property">
			</head><body><meta property="og:image" content="in the body"></body></html>`;
		const meta = headMeta(html);
		expect(meta.get('og:title')).toBe('A & B “quoted”');
		expect(meta.get('og:site_name')).toBe("It's a site");
		expect(meta.has('description')).toBe(false);
		expect(meta.has('og:image')).toBe(false);
	});
});

describe('drawCard', () => {
	const text = { site: 'A thesis', title: '1.2 A title', description: 'A summary of the page.' };
	const background = [0xfd, 0xfc, 0xf9];
	const accent = [0x0b, 0x57, 0xa4];

	/** How many pixels of a band of rows are not the background. */
	const inked = (card: ReturnType<typeof readIndexedPng>, top: number, bottom: number) => {
		let count = 0;
		for (let y = top; y < bottom; y += 1)
			for (let x = 0; x < cardWidth; x += 1) if (card.colour(x, y).join() !== background.join()) count += 1;
		return count;
	};

	it('draws a 1200 × 630 PNG, the same for the same text and different for other text', () => {
		const card = drawCard(text);
		expect(pngSize(card)).toEqual([cardWidth, cardHeight]);
		expect(drawCard(text).equals(card)).toBe(true);
		expect(drawCard({ ...text, title: '1.3 Another title' }).equals(card)).toBe(false);
	});

	it('puts the accent bar on top, the site name under it, the title in the middle and the summary at the bottom', () => {
		const card = readIndexedPng(drawCard(text));
		expect(card.chunks).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
		expect(card.colour(0, 0)).toEqual(accent);
		expect(card.colour(cardWidth - 1, 17)).toEqual(accent);
		expect(card.colour(0, 18)).toEqual(background);
		// Nothing in the margins; ink in each block's band, and only there.
		expect(inked(card, 18, 90)).toBe(0);
		expect(inked(card, 90, 125)).toBeGreaterThan(300);
		expect(inked(card, 125, 280)).toBe(0);
		expect(inked(card, 280, 350)).toBeGreaterThan(1000);
		expect(inked(card, 360, 520)).toBe(0);
		expect(inked(card, 520, 558)).toBeGreaterThan(500);
		expect(inked(card, 560, cardHeight)).toBe(0);
		for (let y = 0; y < cardHeight; y += 10) {
			expect(card.colour(79, y).join()).toBe(y < 18 ? accent.join() : background.join());
		}
	});

	it('draws a character that none of its fonts has as a box, not as nothing', () => {
		const plain = readIndexedPng(drawCard({ ...text, description: '' }));
		const other = readIndexedPng(drawCard({ ...text, description: '中' }));
		expect(inked(plain, 520, 558)).toBe(0);
		expect(inked(other, 520, 558)).toBeGreaterThan(50);
	});

	it('paints an SVG icon at the size asked', async () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b57a4"/></svg>';
		expect(pngSize(svgToPng(svg, 180))).toEqual([180, 180]);
	});
});

describe('setText', () => {
	const summary: TextStyle = { face: loadFace('arimo', 400), size: 28, lineHeight: 1.4, maxLines: 3 };
	const words = 'The development dynamics of the Internet plus action plan'.split(' ');

	it('breaks between words, no line wider than the width', () => {
		const block = setText(words.join(' '), { ...summary, maxLines: 9 }, 300);
		expect(block.lines.length).toBeGreaterThan(1);
		expect(block.lines.map((line) => line.text).join(' ')).toBe(words.join(' '));
		for (const line of block.lines) expect(advance(line.text, summary)).toBeLessThanOrEqual(300);
		expect(block.height).toBeCloseTo(block.lines.length * 28 * 1.4);
	});

	it('ends the last line it keeps with an ellipsis when the text is longer', () => {
		const block = setText([...words, ...words, ...words].join(' '), summary, 300);
		expect(block.lines).toHaveLength(3);
		expect(block.lines[2].text).toMatch(/[^\s]…$/);
		expect(advance(block.lines[2].text, summary)).toBeLessThanOrEqual(300);
		expect(setText(words.join(' '), { ...summary, maxLines: 9 }, 2000).lines[0].text).toBe(words.join(' '));
	});

	it('breaks a word wider than a line between its characters', () => {
		const block = setText('Ab'.repeat(40), { ...summary, maxLines: 9 }, 200);
		expect(block.lines.length).toBeGreaterThan(1);
		expect(block.lines.map((line) => line.text).join('')).toBe('Ab'.repeat(40));
		for (const line of block.lines) expect(advance(line.text, summary)).toBeLessThanOrEqual(200);
	});

	it('kerns pairs the fonts kern', () => {
		const title: TextStyle = { face: loadFace('tinos', 700), size: 62, maxLines: 1 };
		expect(advance('AV', title)).toBeLessThan(advance('A', title) + advance('V', title) - 1);
	});
});

describe('rasterize', () => {
	const square = (left: number, top: number, size: number): OutlineCommand[] => [
		{ type: 'M', x: left, y: top },
		{ type: 'L', x: left + size, y: top },
		{ type: 'L', x: left + size, y: top + size },
		{ type: 'L', x: left, y: top + size },
		{ type: 'Z' },
	];
	const total = (values: Float32Array) => values.reduce((sum, value) => sum + value, 0);
	const at = (c: ReturnType<typeof rasterize>, x: number, y: number) => c.values[(y - c.top) * c.width + (x - c.left)];

	it('covers each pixel by the share of its area inside the outline', () => {
		const coverage = rasterize(square(0.5, 0.5, 10));
		expect(total(coverage.values)).toBeCloseTo(100, 3);
		expect(at(coverage, 0, 0)).toBeCloseTo(0.25);
		expect(at(coverage, 5, 0)).toBeCloseTo(0.5);
		expect(at(coverage, 5, 5)).toBeCloseTo(1);
		expect(at(coverage, 10, 10)).toBeCloseTo(0.25);
	});

	it('fills with the non-zero rule and either winding', () => {
		const counterclockwise: OutlineCommand[] = [
			{ type: 'M', x: 2, y: 2 },
			{ type: 'L', x: 2, y: 6 },
			{ type: 'L', x: 6, y: 6 },
			{ type: 'L', x: 6, y: 2 },
			{ type: 'Z' },
		];
		expect(total(rasterize(counterclockwise).values)).toBeCloseTo(16, 3);
		// A hole wound the other way stays empty.
		const ring = rasterize([...square(0, 0, 8), ...counterclockwise]);
		expect(total(ring.values)).toBeCloseTo(64 - 16, 3);
		expect(at(ring, 4, 4)).toBeCloseTo(0);
	});

	it('follows curves closely', () => {
		// Four quadratic quarters, their control points at the corners of a square of side 2r.
		const r = 20;
		const k = r;
		const circle: OutlineCommand[] = [
			{ type: 'M', x: r, y: 0 },
			{ type: 'Q', x1: r, y1: k, x: 0, y: r },
			{ type: 'Q', x1: -k, y1: r, x: -r, y: 0 },
			{ type: 'Q', x1: -r, y1: -k, x: 0, y: -r },
			{ type: 'Q', x1: k, y1: -r, x: r, y: 0 },
			{ type: 'Z' },
		];
		// Exactly: the diamond of the chords, and 2/3 of each triangle a chord cuts off with its control point.
		const expected = 4 * ((r * r) / 2 + (2 / 3) * ((r * r) / 2));
		// Within 1% (straight chords alone would give 60%).
		expect(Math.abs(total(rasterize(circle).values) - expected) / expected).toBeLessThan(0.01);
	});
});

describe('indexedPng', () => {
	it('writes the pixels and palette it is given, with valid checksums', () => {
		const palette: Rgb[] = [
			[255, 255, 255],
			[10, 20, 30],
		];
		const pixels = Uint8Array.from({ length: 6 }, (_, i) => i % 2);
		const png = readIndexedPng(indexedPng(3, 2, pixels, palette));
		expect([png.width, png.height]).toEqual([3, 2]);
		expect([png.colour(0, 0), png.colour(1, 0), png.colour(2, 1)]).toEqual([
			[255, 255, 255],
			[10, 20, 30],
			[10, 20, 30],
		]);
	});

	it('refuses more than 256 colours or the wrong number of pixels', () => {
		expect(() =>
			indexedPng(
				1,
				1,
				new Uint8Array(1),
				Array.from({ length: 257 }, (): Rgb => [0, 0, 0]),
			),
		).toThrow(/256/);
		expect(() => indexedPng(2, 2, new Uint8Array(3), [[0, 0, 0]])).toThrow(/3 pixels/);
	});
});
