import { existsSync, statSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
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
	/** A page already open in `shared` to print in (see openSharedPrintPage). */
	printPage?: Promise<PrintPage>;
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

/** A page to print in: a context of its own, with no scripts (the PDF needs none) and the light theme (paper is light). */
export interface PrintPage {
	context: BrowserContext;
	page: Page;
}

/** Opens a page to print in, in print media. */
export async function openPrintPage(browser: Browser): Promise<PrintPage> {
	const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
	const page = await context.newPage();
	await page.emulateMedia({ media: 'print', colorScheme: 'light' });
	return { context, page };
}

/**
 * Opens a page to print in, in the shared browser, which it holds from then on; renderPdf
 * closes the page and gives the browser back. Opening it in advance, while the browser is
 * idle, spares the print the start of a renderer process.
 */
export async function openSharedPrintPage(shared: SharedBrowser): Promise<PrintPage> {
	const { browser } = await shared.acquire();
	try {
		return await openPrintPage(browser);
	} catch (error) {
		await shared.release();
		throw error;
	}
}

/**
 * Draws the print document in one browser page, with the built site's files served from
 * the output folder, and adds the metadata Chromium cannot write: the finished PDF.
 */
export async function renderPdf(inputs: PdfEditionInputs, options: RenderOptions): Promise<Uint8Array> {
	const shared = options.env ? undefined : options.shared;
	if (!shared) {
		const browser = await launch(options);
		try {
			return await printIn(await openPrintPage(browser), inputs, options);
		} finally {
			await browser.close();
		}
	}
	const print = await (options.printPage ?? openSharedPrintPage(shared));
	try {
		return await printIn(print, inputs, options);
	} finally {
		// The browser stays open for its other users; only this page's context goes.
		await print.context.close().catch(() => undefined);
		await shared.release();
	}
}

/** Loads the print document in a print page and prints it. */
async function printIn(
	{ page }: PrintPage,
	inputs: PdfEditionInputs,
	{ root, base }: RenderOptions,
): Promise<Uint8Array> {
	const address = `${origin}${base}full-text/`;
	await page.route('**/*', async (route) => {
		const url = new URL(route.request().url());
		if (url.origin !== origin) return route.abort();
		if (url.href.split('#')[0] === address)
			return route.fulfill({ body: inputs.document, contentType: 'text/html; charset=utf-8' });
		const file = fileOf(url.pathname, root, base);
		return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
	});
	const response = await page.goto(address, { waitUntil: 'load' });
	if (!response?.ok()) throw new Error(`the print document did not load (${response?.status() ?? 'no response'})`);
	// Web fonts load when layout first asks for them, which printing does not wait for:
	// every embedded face is loaded first (data: URLs, so at once), or the machine's fonts would stand in.
	await page.evaluate(() => Promise.all([...document.fonts].map((face) => face.load())).then(() => true));
	return withMetadata(await page.pdf(inputs.settings), inputs.metadata);
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
