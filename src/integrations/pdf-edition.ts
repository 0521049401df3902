import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumArgs, chromiumExecutable } from '../browser/chromium';
import { escapeHtml } from '../diagrams/diagram-html';
import { requirePackage } from '../lib/require-package';
import { fillPdfSize, formatSize, pdfFileName, pdfSizeAttribute } from '../lib/pdf-edition';
import { cacheDir, contentDir } from '../paths';
import { withMetadata, type PdfMetadata } from '../pdf/metadata';
import { PdfCache, pdfKey } from '../pdf/pdf-cache';
import { printDocument } from '../pdf/print-document';
import { builtPages } from './built-pages';

/** The origin the built site is served from to the browser, straight from the output folder (no server, no port). */
const origin = 'http://pdf-edition.invalid';

/** How pages are laid out: A4, the site's print margins, a running title and page numbers. */
function pageSettings(runningTitle: string) {
	const small =
		'font-family: "Liberation Serif", serif; font-size: 8pt; color: #555; width: 100%; box-sizing: border-box; padding: 0 2cm;';
	return {
		format: 'A4',
		printBackground: false,
		tagged: true,
		outline: true,
		displayHeaderFooter: true,
		headerTemplate: `<div style='${small} text-align: end;'>${escapeHtml(runningTitle)}</div>`,
		footerTemplate: `<div style='${small} text-align: center;'><span class="pageNumber"></span> / <span class="totalPages"></span></div>`,
		margin: { top: '2cm', right: '2cm', bottom: '2.2cm', left: '2cm' },
	};
}

interface ThesisFile {
	title: string;
	shortTitle: string;
	description: string;
	language: string;
	abstract: string[];
	keywords?: string[];
	authors?: string[];
}

/**
 * The PDF edition: after the build, the built full text is drawn to one tagged A4 PDF with
 * an outline, in one browser page, and saved beside the site under the thesis's short
 * title; every page's "PDF" link then gets its size. The PDF is cached by what it shows,
 * so an unchanged rebuild copies the last one instead of drawing it again. A build that
 * cannot make it fails with the reason.
 */
export function pdfEditionIntegration(): AstroIntegration {
	let base = '/';
	let site = 'http://localhost:4321';
	return {
		name: 'thesis-site:pdf-edition',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ?? site;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const thesisFile = join(contentDir, 'thesis.json');
				const thesis = JSON.parse(readFileSync(thesisFile, 'utf8')) as ThesisFile;
				const fileName = pdfFileName(thesis.shortTitle);
				try {
					const page = join(root, 'full-text', 'index.html');
					if (!existsSync(page)) throw new Error(`${relative(process.cwd(), page)} was not built`);
					const {
						html: document,
						headings,
						edition,
					} = printDocument(readFileSync(page, 'utf8'), {
						title: thesis.title,
						abstract: thesis.abstract,
						keywords: thesis.keywords ?? [],
						base,
						siteUrl: new URL(base, site).href,
						styles: readFileSync(fileURLToPath(new URL('../pdf/edition.css', import.meta.url)), 'utf8'),
					});
					const metadata: PdfMetadata = {
						title: thesis.title,
						subject: thesis.description,
						keywords: thesis.keywords ?? [],
						authors: thesis.authors ?? [],
						language: thesis.language,
						headings,
						...(edition ? { edition } : {}),
					};
					const settings = pageSettings(thesis.shortTitle);
					const executable = chromiumExecutable();
					const key = pdfKey({
						document,
						stylesheets: stylesheetsOf(document, root, base),
						settings,
						metadata,
						browser: browserIdentity(executable),
					});
					const cache = new PdfCache(join(cacheDir, 'pdf'));
					let bytes: Uint8Array | undefined = cache.get(key);
					if (bytes) {
						logger.info(`PDF edition: ${fileName} unchanged, from cache (${formatSize(bytes.length)})`);
					} else {
						const started = Date.now();
						bytes = await withMetadata(await render(document, root, base, executable, settings), metadata);
						cache.set(key, bytes);
						logger.info(
							`PDF edition: ${fileName} rendered in ${((Date.now() - started) / 1000).toFixed(1)} s (${formatSize(bytes.length)})`,
						);
					}
					writeFileSync(join(root, fileName), bytes);
					for (const name of builtPages(root)) {
						const file = join(root, name);
						const html = readFileSync(file, 'utf8');
						if (html.includes(pdfSizeAttribute)) writeFileSync(file, fillPdfSize(html, bytes.length));
					}
				} catch (error) {
					const reason = error instanceof Error ? error.message : String(error);
					throw new Error(
						`The PDF edition (${fileName}) could not be made from the built full text:\n    ${reason.split('\n').join('\n    ')}`,
						{ cause: error },
					);
				}
			},
		},
	};
}

/** Draws the print document in one browser page, with the built site's files served from the output folder. */
async function render(
	document: string,
	root: string,
	base: string,
	executable: string | undefined,
	settings: ReturnType<typeof pageSettings>,
): Promise<Buffer> {
	const { chromium } = requirePackage<typeof import('playwright')>('playwright');
	const browser = await chromium.launch({ executablePath: executable, args: chromiumArgs });
	try {
		// No scripts (the PDF needs none) and the light theme: paper is light.
		const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
		const page = await context.newPage();
		const address = `${origin}${base}full-text/`;
		await page.route('**/*', async (route) => {
			const url = new URL(route.request().url());
			if (url.origin !== origin) return route.abort();
			if (url.href.split('#')[0] === address)
				return route.fulfill({ body: document, contentType: 'text/html; charset=utf-8' });
			const file = fileOf(url.pathname, root, base);
			return file ? route.fulfill({ path: file }) : route.fulfill({ status: 404, body: '' });
		});
		await page.emulateMedia({ media: 'print', colorScheme: 'light' });
		const response = await page.goto(address, { waitUntil: 'load' });
		if (!response?.ok()) throw new Error(`the print document did not load (${response?.status() ?? 'no response'})`);
		return await page.pdf(settings);
	} finally {
		await browser.close();
	}
}

/** The file of the output folder a site path names, or undefined if none (or outside it). */
function fileOf(pathname: string, root: string, base: string): string | undefined {
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

/** The contents of the stylesheets a document links to, for the cache key. */
function stylesheetsOf(document: string, root: string, base: string): string[] {
	return [...document.matchAll(/<link[^>]+rel="?stylesheet"?[^>]*>/g)].map((link) => {
		const href = /href="?([^"\s>]+)/.exec(link[0])?.[1] ?? '';
		const file = fileOf(new URL(href, `${origin}${base}full-text/`).pathname, root, base);
		return file ? readFileSync(file, 'utf8') : href;
	});
}

/**
 * Which browser draws the PDF, for the cache key: its binary's real path, size and time, so
 * an upgraded Chromium (which may lay pages out differently) draws it again. Read from the
 * file system: asking the browser its version would start it on every build.
 */
function browserIdentity(executable: string | undefined): string {
	if (!executable) return `playwright ${requirePackage<{ version: string }>('playwright/package.json').version}`;
	try {
		const binary = realpathSync(executable);
		const { size, mtimeMs } = statSync(binary);
		return `${binary} ${size} ${mtimeMs}`;
	} catch {
		return executable;
	}
}
