import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../browser/chromium';
import { escapeHtml } from '../diagrams/diagram-html';
import { cacheDir } from '../paths';
import { builtPages } from './built-pages';

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The picture of a page for link previews, as HTML to photograph at 1200 × 630. */
function cardHtml(site: string, title: string, description: string): string {
	return `<!doctype html><html><head><meta charset="utf-8"><style>
		body { margin: 0; width: 1200px; height: 630px; display: flex; flex-direction: column; justify-content: space-between;
			box-sizing: border-box; padding: 72px 80px; background: #fdfcf9; color: #1d2125; font-family: 'Liberation Sans', Arial, sans-serif;
			border-top: 18px solid #0b57a4; }
		.site { font-size: 30px; font-weight: 700; color: #0b57a4; }
		h1 { font-size: 62px; line-height: 1.15; margin: 0; font-family: 'Liberation Serif', Georgia, serif; }
		p { font-size: 28px; line-height: 1.4; color: #545b63; margin: 0;
			display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
	</style></head><body><div class="site">${escapeHtml(site)}</div><h1>${escapeHtml(title)}</h1><p>${escapeHtml(description)}</p></body></html>`;
}

function meta(html: string, property: string): string | undefined {
	const match = new RegExp(`<meta property="${property}" content="([^"]*)"`).exec(html);
	return match ? decode(match[1]) : undefined;
}

/**
 * Pictures made at build time, with no outside service: a link-preview card for every page
 * that asks for one (its og:image), and PNG icons from public/favicon.svg. Cards are cached
 * by their content, so a rebuild only draws the ones whose page changed.
 */
export function socialImagesIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'thesis-site:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const cache = join(cacheDir, 'cards');
				mkdirSync(cache, { recursive: true });
				let browser: Promise<Browser> | undefined;
				// One tab per lane, reused: opening a tab costs more than drawing a card.
				const tabs = new Map<string, Promise<Page>>();
				const photograph = async (html: string, width: number, height: number, file: string, lane = 0) => {
					const key = createHash('sha256').update(`${width}x${height}\n${html}`).digest('hex');
					const cached = join(cache, `${key}.png`);
					if (!existsSync(cached)) {
						browser ??= chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
						const tabKey = `${lane} ${width}x${height}`;
						if (!tabs.has(tabKey)) tabs.set(tabKey, browser.then((b) => b.newPage({ viewport: { width, height } })));
						const page = await tabs.get(tabKey)!;
						await page.setContent(html);
						writeFileSync(cached, await page.screenshot({ type: 'png' }));
					}
					mkdirSync(dirname(file), { recursive: true });
					copyFileSync(cached, file);
				};
				try {
					const cards = builtPages(root)
						.flatMap((name) => {
							const html = readFileSync(join(root, name), 'utf8');
							const image = meta(html, 'og:image');
							if (!image) return [];
							const card = cardHtml(meta(html, 'og:site_name') ?? '', meta(html, 'og:title') ?? '', meta(html, 'og:description') ?? '');
							return [{ card, file: join(root, new URL(image).pathname.slice(base.length)) }];
						});
					// Four lanes in one browser, each drawing its share of the cards in turn.
					const lanes = 4;
					await Promise.all(
						Array.from({ length: lanes }, async (_, lane) => {
							for (let i = lane; i < cards.length; i += lanes) await photograph(cards[i].card, 1200, 630, cards[i].file, lane);
						}),
					);
					const icon = join(root, 'favicon.svg');
					if (existsSync(icon)) {
						const svg = readFileSync(icon, 'utf8');
						for (const [file, size] of [['apple-touch-icon.png', 180], ['favicon-32.png', 32], ['icon-512.png', 512]] as const) {
							await photograph(`<!doctype html><style>body{margin:0}svg{display:block;width:${size}px;height:${size}px}</style>${svg}`, size, size, join(root, file));
						}
					}
					logger.info(`social images: ${cards.length} link-preview cards, icons`);
				} finally {
					await (await browser)?.close();
				}
			},
		},
	};
}
