import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cardRenderer, drawCard, svgToPng, type CardText } from '../cards/card-image';
import { headMeta } from '../cards/head-meta';
import { cacheDir } from '../paths';
import { builtPages } from './built-pages';

/** Icons drawn from public/favicon.svg: file name and size in pixels. */
const icons = [
	['apple-touch-icon.png', 180],
	['favicon-32.png', 32],
	['icon-512.png', 512],
] as const;

/** Cards drawn at once; resvg paints on libuv's thread pool, so a few overlap. */
const lanes = 4;

/**
 * Pictures made at build time, with no browser and no outside service: a link-preview
 * card for every page that asks for one (its og:image, drawn from its og:site_name,
 * og:title and og:description), and PNG icons from public/favicon.svg. Each picture is
 * cached by a hash of what it shows and what draws it, so a rebuild draws only the new.
 * Drawing starts as soon as the pages are written (astro:build:generated) and is awaited
 * when the build is done, so it overlaps the steps in between (the PDF edition is drawn in
 * Chromium meanwhile) instead of following them.
 */
export function socialImagesIntegration(): AstroIntegration {
	let base = '/';
	let drawing: Promise<{ cards: number; drawn: number }> | undefined;
	return {
		name: 'thesis-site:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:generated': ({ dir }) => {
				drawing = drawPictures(fileURLToPath(dir), base);
				// Failures are reported when the build awaits the drawing, not as an unhandled rejection.
				drawing.catch(() => undefined);
			},
			'astro:build:done': async ({ logger }) => {
				if (!drawing) return;
				const { cards, drawn } = await drawing;
				logger.info(
					`social images: ${cards} link-preview cards, ${icons.length} icons (${drawn} drawn, the rest from the cache)`,
				);
			},
		},
	};
}

/** Draws (or takes from the cache) every page's card and the icons; the pages are read before the first await. */
async function drawPictures(root: string, base: string): Promise<{ cards: number; drawn: number }> {
	const cache = join(cacheDir, 'cards');
	mkdirSync(cache, { recursive: true });
	let drawn = 0;
	/** Copies the picture for `key` from the cache to `file`, drawing it first if it is new. */
	const picture = async (key: string, file: string, draw: () => Promise<Buffer>) => {
		const cached = join(cache, `${createHash('sha256').update(key).digest('hex')}.png`);
		if (!existsSync(cached)) {
			// Write then rename: a build killed midway never leaves half a picture behind.
			const temporary = `${cached}.${process.pid}.tmp`;
			writeFileSync(temporary, await draw());
			renameSync(temporary, cached);
			drawn += 1;
		}
		mkdirSync(dirname(file), { recursive: true });
		copyFileSync(cached, file);
	};

	const cards = builtPages(root).flatMap((name) => {
		const meta = headMeta(readFileSync(join(root, name), 'utf8'));
		const image = meta.get('og:image');
		if (!image) return [];
		const text: CardText = {
			site: meta.get('og:site_name') ?? '',
			title: meta.get('og:title') ?? '',
			description: meta.get('og:description') ?? '',
		};
		return [{ text, file: join(root, decodeURI(new URL(image).pathname).slice(base.length)) }];
	});
	await Promise.all(
		Array.from({ length: lanes }, async (_, lane) => {
			for (let i = lane; i < cards.length; i += lanes) {
				const { text, file } = cards[i];
				await picture(`${cardRenderer}\n${JSON.stringify(text)}`, file, () => drawCard(text));
			}
		}),
	);

	const favicon = join(root, 'favicon.svg');
	if (existsSync(favicon)) {
		const svg = readFileSync(favicon, 'utf8');
		await Promise.all(
			icons.map(([name, size]) =>
				picture(`${cardRenderer}\nicon ${size}\n${svg}`, join(root, name), () => svgToPng(svg, size)),
			),
		);
	}
	return { cards: cards.length, drawn };
}
