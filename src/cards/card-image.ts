import { readFileSync } from 'node:fs';
import { projectRequire, requirePackage } from '../lib/require-package.ts';

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

/** A node of Satori's object API: the shape JSX would produce, without JSX. */
interface CardNode {
	type: string;
	props: { style?: Record<string, string | number>; children?: string | CardNode | CardNode[] };
}

/** The scripts each face covers: Latin and its extension, so accented names are drawn too. */
const subsets = ['latin', 'latin-ext'];

/**
 * Fonts from npm packages, not the system, so every machine draws the same card: Arimo and
 * Tinos have the metrics of Arial and Times (as Liberation Sans and Serif, the site's
 * fallbacks). Satori reads WOFF, not WOFF2.
 */
function loadFonts() {
	const face = (pkg: string, name: string, weight: 400 | 700) =>
		subsets.map((subset) => ({
			name,
			weight,
			style: 'normal' as const,
			data: readFileSync(projectRequire.resolve(`@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff`)),
		}));
	return [...face('arimo', 'Arimo', 400), ...face('arimo', 'Arimo', 700), ...face('tinos', 'Tinos', 700)];
}
let fonts: ReturnType<typeof loadFonts> | undefined;

/** The versions of what draws a card; part of the cache key, so an upgrade redraws. */
export const cardRenderer = `satori ${projectRequire('satori/package.json').version}, resvg ${projectRequire('@resvg/resvg-js/package.json').version}, design 1`;

/** The card as Satori's tree: accent bar on top, then site name, title and summary spread down. */
function cardTree({ site, title, description }: CardText): CardNode {
	const accent = '#0b57a4';
	return {
		type: 'div',
		props: {
			style: {
				width: cardWidth,
				height: cardHeight,
				display: 'flex',
				flexDirection: 'column',
				background: '#fdfcf9',
				color: '#1d2125',
				fontFamily: 'Arimo',
			},
			children: [
				// A bar rather than a border: resvg paints a plain rectangle faster than a clipped stroke.
				{ type: 'div', props: { style: { height: 18, background: accent } } },
				{
					type: 'div',
					props: {
						style: {
							flexGrow: 1,
							display: 'flex',
							flexDirection: 'column',
							justifyContent: 'space-between',
							padding: '72px 80px',
						},
						children: [
							{ type: 'div', props: { style: { fontSize: 30, fontWeight: 700, color: accent }, children: site } },
							{
								type: 'div',
								props: {
									style: { fontSize: 62, fontWeight: 700, lineHeight: 1.15, fontFamily: 'Tinos' },
									children: title,
								},
							},
							{
								type: 'div',
								props: {
									style: { fontSize: 28, lineHeight: 1.4, color: '#545b63', display: 'block', lineClamp: 3 },
									children: description,
								},
							},
						],
					},
				},
			],
		},
	};
}

/** Draws a card as PNG, with no browser: Satori lays it out as SVG, resvg paints it. */
export async function drawCard(text: CardText): Promise<Buffer> {
	fonts ??= loadFonts();
	// Loaded on first use: a build whose cards are all cached never pays for them.
	const { default: satori } = requirePackage<typeof import('satori')>('satori');
	// Satori's types expect a React node; the object tree is what JSX compiles to.
	const svg = await satori(cardTree(text) as unknown as Parameters<typeof satori>[0], {
		width: cardWidth,
		height: cardHeight,
		fonts,
	});
	return svgToPng(svg, cardWidth);
}

/**
 * Paints an SVG at a given width (its height follows the aspect ratio) as PNG, with no system
 * font. In the calling thread, not Node's shared thread pool: the card worker is a thread
 * of low priority, and its painting should be too.
 */
export async function svgToPng(svg: string, width: number): Promise<Buffer> {
	const { Resvg } = requirePackage<typeof import('@resvg/resvg-js')>('@resvg/resvg-js');
	const image = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false } }).render();
	return image.asPng();
}
