import type { Browser } from 'playwright';
import { gzipSync } from 'node:zlib';

export interface Weight {
	raw: number;
	gzip: number;
}

export interface PageWeight {
	path: string;
	requests: number;
	/** By kind of resource: document, stylesheet, script, font, image, other. */
	bytes: Record<string, Weight>;
	total: Weight;
	/** Script files loaded on first view (inline scripts are not files). */
	scriptFiles: number;
	inlineScriptBytes: number;
}

const kinds = ['document', 'stylesheet', 'script', 'font', 'image'];

/** Adds a response's size; a body that is compressed already (Pagefind's files) counts as is. */
function add(into: Weight, body: Buffer) {
	into.raw += body.length;
	into.gzip += Math.min(body.length, gzipSync(body, { level: 9 }).length);
}

/**
 * What a first visit to a page downloads: every response, sized raw and gzip-compressed
 * (as a host compresses them), by kind.
 */
export async function measurePage(browser: Browser, origin: string, path: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const bodies: Promise<{ kind: string; body: Buffer } | undefined>[] = [];
	page.on('response', (response) => {
		const type = response.request().resourceType();
		bodies.push(
			response.body().then(
				(body) => ({ kind: kinds.includes(type) ? type : 'other', body }),
				() => undefined,
			),
		);
	});
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	const inlineScriptBytes = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((s) => !(s as HTMLScriptElement).type || /javascript|module/.test((s as HTMLScriptElement).type))
			.reduce((sum, s) => sum + (s.textContent ?? '').length, 0),
	);
	const loaded = (await Promise.all(bodies)).filter((b) => b !== undefined);
	const bytes: Record<string, Weight> = Object.fromEntries([...kinds, 'other'].map((k) => [k, { raw: 0, gzip: 0 }]));
	const total = { raw: 0, gzip: 0 };
	for (const { kind, body } of loaded) {
		add(bytes[kind], body);
		add(total, body);
	}
	await context.close();
	return {
		path,
		requests: loaded.length,
		bytes,
		total,
		scriptFiles: loaded.filter((l) => l.kind === 'script').length,
		inlineScriptBytes,
	};
}

/** The parts of a first search query, by what the file is for. */
export type SearchPart = 'runtime' | 'ui' | 'quick' | 'index' | 'site';

export interface SearchWeight extends Weight {
	requests: number;
	parts: Record<SearchPart, Weight & { files: number }>;
}

/** Pagefind's engine (its JS and WebAssembly), the search UI, the quick index, or Pagefind's index data. */
function searchPart(url: string): SearchPart {
	const file = new URL(url).pathname.split('/').pop() ?? '';
	if (file === 'search-dialog.js') return 'ui';
	if (file === 'search-terms.json') return 'quick';
	if (!new URL(url).pathname.includes('/pagefind/')) return 'site';
	if (/^(pagefind\.js|pagefind-worker\.js|wasm\..*\.pagefind)$/.test(file)) return 'runtime';
	if (file.startsWith('pagefind-')) return file === 'pagefind-entry.json' ? 'index' : 'ui';
	return 'index';
}

/** Slow 4G as the issue measures it: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, and a 4x slower CPU. */
export const slow4g = {
	latency: 150,
	downloadThroughput: (1.6 * 1024 * 1024) / 8,
	uploadThroughput: (750 * 1024) / 8,
	cpuSlowdown: 4,
};

export interface FirstSearch extends SearchWeight {
	/** From the `/` key to the first result on screen (quick index or full text), in ms. */
	firstResultMs: number;
	/** From the `/` key to the first full-text (Pagefind) result, in ms. */
	fullTextMs: number;
}

/**
 * The first search of a visit under slow 4G and a 4x slower CPU (Chromium DevTools
 * emulation): the page loads, then `/` opens search and the query is typed at once. It
 * times the first result on screen and the first full-text result, and sizes what search
 * downloaded after the key.
 */
export async function measureFirstSearch(
	browser: Browser,
	origin: string,
	path: string,
	query: string,
): Promise<FirstSearch> {
	const context = await browser.newContext();
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.emulateNetworkConditions', {
		offline: false,
		latency: slow4g.latency,
		downloadThroughput: slow4g.downloadThroughput,
		uploadThroughput: slow4g.uploadThroughput,
	});
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow4g.cpuSlowdown });
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	const bodies: Promise<{ part: SearchPart; body: Buffer } | undefined>[] = [];
	page.on('response', (response) =>
		bodies.push(
			response.body().then(
				(body) => ({ part: searchPart(response.url()), body }),
				() => undefined,
			),
		),
	);
	// Timed in the page, from the key to the first result link in the document: typing takes
	// the bench a while too, and a result shown while it types counts when it is shown.
	await page.evaluate(() => {
		const times: Record<string, number> = {};
		(window as unknown as { searchTimes: Record<string, number> }).searchTimes = times;
		document.addEventListener('keydown', (event) => event.key === '/' && (times.key ??= performance.now()), {
			capture: true,
		});
		new MutationObserver(() => {
			if (document.querySelector('.search-dialog section:not([hidden]) .search-result-link'))
				times.first ??= performance.now();
			if (document.querySelector('.search-dialog section:not([hidden]) [data-search-full] .search-result-link'))
				times.full ??= performance.now();
		}).observe(document.body, { childList: true, subtree: true, attributes: true });
	});
	await page.keyboard.press('/');
	await page.locator('.search-dialog input[type="search"]').waitFor();
	await page.keyboard.type(query);
	await page.locator('[data-search-full] .search-result-link').first().waitFor({ timeout: 60_000 });
	const times = await page.evaluate(() => (window as unknown as { searchTimes: Record<string, number> }).searchTimes);
	const firstResultMs = times.first - times.key;
	const fullTextMs = times.full - times.key;
	await page.waitForLoadState('networkidle');
	const total = { raw: 0, gzip: 0 };
	const parts = Object.fromEntries(
		(['runtime', 'ui', 'quick', 'index', 'site'] as const).map((k) => [k, { raw: 0, gzip: 0, files: 0 }]),
	) as SearchWeight['parts'];
	const loaded = (await Promise.all(bodies)).filter((b) => b !== undefined);
	for (const { part, body } of loaded) {
		add(total, body);
		add(parts[part], body);
		parts[part].files += 1;
	}
	await context.close();
	return { ...total, requests: loaded.length, parts, firstResultMs, fullTextMs };
}
