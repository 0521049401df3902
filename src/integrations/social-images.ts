import type { AstroIntegration } from 'astro';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CardDrawer } from '../cards/card-drawer.ts';
import type { CardText } from '../cards/card-image.ts';
import { modelCardTexts } from '../cards/card-text.ts';
import { headMeta } from '../cards/head-meta.ts';
import { setCardPrefetcher } from '../cards/prefetch.ts';
import { loadContent } from '../content/load.ts';
import { cacheDir, contentDir } from '../paths.ts';
import { builtPages } from './built-pages.ts';

/** Icons drawn from public/favicon.svg: file name and size in pixels. */
const icons = [
	['apple-touch-icon.png', 180],
	['favicon-32.png', 32],
	['icon-512.png', 512],
] as const;

/**
 * Pictures made at build time, with no browser and no outside service: a link-preview
 * card for every page that asks for one (its og:image, drawn from its og:site_name,
 * og:title and og:description), and PNG icons from public/favicon.svg. Each picture is
 * cached by a hash of what it shows and what draws it, so a rebuild draws only the new.
 * They are drawn in a worker thread (src/cards/card-drawer.ts), from the start of the
 * build: the cards of the model's pages (the thesis's and the concepts') as soon as the
 * content is validated, while Astro prepares the build; any other page asks for its card
 * while it is rendered. The built pages then say which cards are written where.
 */
export function socialImagesIntegration(): AstroIntegration {
	let base = '/';
	let command = 'build';
	let drawer: CardDrawer | undefined;
	let writing: Promise<{ cards: number }> | undefined;
	return {
		name: 'thesis-site:social-images',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': ({ config }) => {
				base = config.base;
				// After the content validation's hook (listed first), which stops a build on bad content.
				if (command === 'build') drawer = drawEarly(fileURLToPath(config.publicDir));
			},
			'astro:build:start': () => {
				const started = (drawer ??= new CardDrawer(join(cacheDir, 'cards')));
				setCardPrefetcher((text) => void started.picture({ kind: 'card', text }));
			},
			'astro:build:generated': ({ dir }) => {
				setCardPrefetcher(undefined);
				drawer ??= new CardDrawer(join(cacheDir, 'cards'));
				writing = writePictures(drawer, fileURLToPath(dir), base);
				// Failures are reported when the build awaits the pictures, not as an unhandled rejection.
				writing.catch(() => undefined);
			},
			'astro:build:done': async ({ logger }) => {
				if (!drawer || !writing) return;
				try {
					const { cards } = await writing;
					logger.info(
						`social images: ${cards} link-preview cards, ${icons.length} icons (${drawer.drawn} drawn, the rest from the cache)`,
					);
				} finally {
					await drawer.close();
				}
			},
		},
	};
}

/**
 * Starts drawing what the build will ask for, before Astro renders a page: the icons, and
 * the card of every page of the model. A card the pages end up not naming is drawn for
 * nothing but never written.
 */
function drawEarly(publicDir: string): CardDrawer {
	const drawer = new CardDrawer(join(cacheDir, 'cards'));
	const favicon = join(publicDir, 'favicon.svg');
	if (existsSync(favicon)) {
		const svg = readFileSync(favicon, 'utf8');
		for (const [, size] of icons) void drawer.picture({ kind: 'icon', svg, size });
	}
	for (const text of modelCardTexts(loadContent(contentDir))) void drawer.picture({ kind: 'card', text });
	return drawer;
}

/** Writes every page's card and the icons; the pages are read before the first await. */
async function writePictures(drawer: CardDrawer, root: string, base: string): Promise<{ cards: number }> {
	const write = async (file: string, png: Promise<Uint8Array>) => {
		const bytes = await png;
		mkdirSync(dirname(file), { recursive: true });
		writeFileSync(file, bytes);
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
	const favicon = join(root, 'favicon.svg');
	const svg = existsSync(favicon) ? readFileSync(favicon, 'utf8') : undefined;
	await Promise.all([
		...cards.map(({ text, file }) => write(file, drawer.picture({ kind: 'card', text }))),
		...(svg ? icons.map(([name, size]) => write(join(root, name), drawer.picture({ kind: 'icon', svg, size }))) : []),
	]);
	return { cards: cards.length };
}
