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

function add(into: Weight, body: Buffer) {
	into.raw += body.length;
	into.gzip += gzipSync(body, { level: 9 }).length;
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
		bodies.push(response.body().then((body) => ({ kind: kinds.includes(type) ? type : 'other', body }), () => undefined));
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
	return { path, requests: loaded.length, bytes, total, scriptFiles: loaded.filter((l) => l.kind === 'script').length, inlineScriptBytes };
}

/** What the first search query downloads: open search with "/", type, wait for results. */
export async function measureFirstSearch(browser: Browser, origin: string, path: string, query: string): Promise<Weight & { requests: number }> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${origin}${path}`, { waitUntil: 'networkidle' });
	const bodies: Promise<Buffer | undefined>[] = [];
	page.on('response', (response) => bodies.push(response.body().catch(() => undefined)));
	await page.keyboard.press('/');
	await page.locator('pagefind-modal pagefind-input input').waitFor();
	await page.keyboard.type(query);
	await page.locator('pagefind-modal .pf-result-link').first().waitFor();
	await page.waitForLoadState('networkidle');
	const total = { raw: 0, gzip: 0 };
	const loaded = (await Promise.all(bodies)).filter((b) => b !== undefined);
	for (const body of loaded) add(total, body);
	await context.close();
	return { ...total, requests: loaded.length };
}
