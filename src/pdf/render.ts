import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Browser, BrowserContext } from 'playwright';
import { drawingBrowserArgs } from '../browser/chromium.ts';
import type { SharedBrowser } from '../browser/shared-browser.ts';
import { requirePackage } from '../lib/require-package.ts';
import type { PdfEditionInputs } from './edition.ts';
import { otherFonts } from './fonts.ts';
import { withMetadata } from './metadata.ts';

/** The origin the built site is served from to the browser, straight from the output folder (no server, no port). */
export const origin = 'http://pdf-edition.invalid';

export interface RenderOptions {
	/** The build's output folder, and the site's base path in it. */
	root: string;
	base: string;
	/** The binary of a browser launched for this PDF (when none is shared; undefined: Playwright's own). */
	executable?: string;
	/** The browser's environment (default: this process's). Tests give it other fonts with FONTCONFIG_FILE. */
	env?: Record<string, string | undefined>;
	/**
	 * The build's shared browser, to draw in instead of launching one (the diagrams' browser
	 * is often still open). Ignored when `env` is given: that needs a browser of its own.
	 */
	shared?: SharedBrowser;
}

/** A printed PDF edition, and the machine's fonts it had to draw with (none, normally). */
export interface PrintedPdf {
	bytes: Uint8Array;
	otherFonts: string[];
}

/**
 * Draws the PDF edition (see renderPdf) and says which of its fonts are not its own, both
 * where it is drawn: in the build browser's worker, pdf-lib's second reading of the file
 * then keeps off the build's main thread.
 */
export async function printPdf(inputs: PdfEditionInputs, options: RenderOptions): Promise<PrintedPdf> {
	const bytes = await renderPdf(inputs, options);
	return { bytes, otherFonts: await otherFonts(bytes) };
}

/**
 * Draws the print document in one browser page, with the built site's files served from
 * the output folder, and adds the metadata Chromium cannot write: the finished PDF.
 */
export async function renderPdf(inputs: PdfEditionInputs, options: RenderOptions): Promise<Uint8Array> {
	const { root, base } = options;
	const shared = options.env ? undefined : options.shared;
	const browser = shared ? (await shared.acquire()).browser : await launch(options);
	let context: BrowserContext | undefined;
	try {
		// No scripts (the PDF needs none) and the light theme: paper is light.
		context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const page = await context.newPage();
		const address = `${origin}${base}full-text/`;
		await page.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== origin) return route.abort();
			if (url.href.split('#')[0] === address)
				return route.fulfill({ body: inputs.document, contentType: 'text/html; charset=utf-8' });
			const file = fileOf(url.pathname, root, base);
			return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
		});
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		const response = await page.goto(address, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`the print document did not load (${response?.status() ?? 'no response'})`);
		// Web fonts load when layout first asks for them, which printing does not wait for:
		// every embedded face is loaded first (data: URLs, so at once), or the machine's fonts would stand in.
		await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => true));
		return await withMetadata(await page.pdf(inputs.settings), inputs.metadata);
	} finally {
		if (shared) {
			// The browser stays open for its other users; only this page's context goes.
			await context?.close().catch(() => undefined);
			await shared.release();
		} else await browser.close();
	}
}

async function launch(options: RenderOptions): Promise<Browser> {
	const { chromium } = requirePackage<typeof import('playwright')>('playwright');
	return chromium.launch({ executablePath: options.executable, args: drawingBrowserArgs, env: options.env });
}

/** The file of the output folder a site path names, or undefined if none (or outside it). */
export function fileOf(pathname: string, root: string, base: string): string | undefined {
	if (!pathname.startsWith(base)) return undefined;
	let path = normalize(decodeURIComponent(pathname.slice(base.length)));
	if (path.startsWith('..')) return undefined;
	if (path === '.' || path.endsWith('/')) path = join(path, 'index.html');
	const file = join(root, path);
	return existsSync(file) && statSync(file).isFile()
		? file
		: existsSync(join(file, 'index.html'))
			? join(file, 'index.html')
			: undefined;
}
