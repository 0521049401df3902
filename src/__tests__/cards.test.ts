import { describe, expect, it } from 'vitest';
import { cardHeight, cardWidth, drawCard, svgToPng } from '../cards/card-image.ts';
import { headMeta } from '../cards/head-meta.ts';

/** Width and height from a PNG's IHDR chunk. */
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

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
	it('draws a 1200 × 630 PNG whose pixels depend on the text', async () => {
		const text = { site: 'A thesis', title: '1.2 A title', description: 'A summary of the page.' };
		const card = await drawCard(text);
		expect(card.subarray(1, 4).toString()).toBe('PNG');
		expect(pngSize(card)).toEqual([cardWidth, cardHeight]);
		expect((await drawCard(text)).equals(card)).toBe(true);
		expect((await drawCard({ ...text, title: '1.3 Another title' })).equals(card)).toBe(false);
	});

	it('paints an SVG icon at the size asked', async () => {
		const svg =
			'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#0b57a4"/></svg>';
		expect(pngSize(await svgToPng(svg, 180))).toEqual([180, 180]);
	});
});
