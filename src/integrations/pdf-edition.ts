import type { AstroIntegration } from 'astro';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserIdentity, chromiumExecutable } from '../browser/chromium.ts';
import { buildBrowser } from '../browser/build-browser.ts';
import { sharedBrowser } from '../browser/shared-browser.ts';
import { packageVersion } from '../lib/require-package.ts';
import { fillPdfSize, formatSize, pdfFileName, pdfSizeAttribute } from '../lib/pdf-edition.ts';
import { cacheDir, contentDir } from '../paths.ts';
import { pdfEditionInputs, type ThesisFile } from '../pdf/edition.ts';
import { PdfCache, pdfKey } from '../pdf/pdf-cache.ts';
import { fileOf, origin, printPdf } from '../pdf/render.ts';
import { builtPages } from './built-pages.ts';

/**
 * The PDF edition: after the build, the built full text is drawn to one tagged A4 PDF with
 * an outline, in one browser page, and saved beside the site under the thesis's short
 * title; every page's "PDF" link then gets its size. The PDF is cached by what it shows,
 * so an unchanged rebuild copies the last one instead of drawing it again. A build that
 * cannot make it fails with the reason. Drawing starts as soon as the pages are written
 * (astro:build:generated), so it overlaps what Astro and the other integrations do until
 * astro:build:done; the sizes are filled in there, before search, sitemap and CSP read
 * the pages.
 */
export function pdfEditionIntegration(): AstroIntegration {
	let base = '/';
	let site = 'http://localhost:4321';
	let making: Promise<{ bytes: Uint8Array; messages: Message[] }> | undefined;
	return {
		name: 'thesis-site:pdf-edition',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
				site = config.site ?? site;
			},
			'astro:build:generated': ({ dir }) => {
				making = makePdf(fileURLToPath(dir), base, site);
				// Failures are reported when the build awaits the PDF, not as an unhandled rejection.
				making.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const { bytes, messages } = await (making ?? makePdf(root, base, site));
				for (const { level, text } of messages) logger[level](text);
				for (const name of builtPages(root)) {
					const file = join(root, name);
					const html = readFileSync(file, 'utf8');
					if (html.includes(pdfSizeAttribute)) writeFileSync(file, fillPdfSize(html, bytes.length));
				}
			},
		},
	};
}

/** What the build logs about the PDF, once it is awaited (so the log keeps its order). */
interface Message {
	level: 'info' | 'warn';
	text: string;
}

/**
 * Draws the PDF from the built full text (or takes it from the cache) and writes it beside
 * the site. The built page is read before the first await, so later steps that rewrite the
 * pages cannot change what is drawn.
 */
async function makePdf(root: string, base: string, site: string): Promise<{ bytes: Uint8Array; messages: Message[] }> {
	const thesisFile = join(contentDir, 'thesis.json');
	const thesis = JSON.parse(readFileSync(thesisFile, 'utf8')) as ThesisFile;
	const fileName = pdfFileName(thesis.shortTitle);
	const messages: Message[] = [];
	try {
		const page = join(root, 'full-text', 'index.html');
		if (!existsSync(page)) throw new Error(`${relative(process.cwd(), page)} was not built`);
		const inputs = pdfEditionInputs(readFileSync(page, 'utf8'), thesis, {
			base,
			siteUrl: new URL(base, site).href,
		});
		const executable = chromiumExecutable();
		const key = pdfKey({
			...inputs,
			stylesheets: stylesheetsOf(inputs.document, root, base),
			browser: browserIdentity(executable),
			generator: generatorIdentity(),
		});
		const cache = new PdfCache(join(cacheDir, 'pdf'));
		let bytes: Uint8Array | undefined = cache.get(key);
		if (bytes) {
			messages.push({
				level: 'info',
				text: `PDF edition: ${fileName} unchanged, from cache (${formatSize(bytes.length)})`,
			});
		} else {
			const started = Date.now();
			// In `npm run build`'s browser when there is one (already started for the diagrams).
			const build = buildBrowser();
			const printed = build
				? await build.printPdf(inputs, { root, base })
				: await printPdf(inputs, { root, base, shared: sharedBrowser() });
			bytes = printed.bytes;
			messages.push({
				level: 'info',
				text: `PDF edition: ${fileName} rendered in ${((Date.now() - started) / 1000).toFixed(1)} s (${formatSize(bytes.length)})`,
			});
			// Such a PDF depends on the machine's fonts, which the key does not cover: it is not kept.
			const others = printed.otherFonts;
			if (others.length)
				messages.push({
					level: 'warn',
					text: `PDF edition: some characters are in none of the embedded fonts and were drawn with the machine's (${others.join(', ')}); this PDF may differ on another machine and is not cached`,
				});
			else cache.set(key, bytes);
		}
		writeFileSync(join(root, fileName), bytes);
		return { bytes, messages };
	} catch (error) {
		const reason = error instanceof Error ? error.message : String(error);
		throw new Error(
			`The PDF edition (${fileName}) could not be made from the built full text:\n    ${reason.split('\n').join('\n    ')}`,
			{ cause: error },
		);
	}
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
 * The code that makes the PDF, for the cache key: the files of src/pdf/ (print document,
 * stylesheet, fonts, drawing, metadata) and pdf-lib's version, so a change to how the PDF
 * is made draws it again.
 */
function generatorIdentity(): string[] {
	const folder = fileURLToPath(new URL('../pdf/', import.meta.url));
	const sources = readdirSync(folder)
		.sort()
		.map((name) => `${name}\n${readFileSync(join(folder, name), 'utf8')}`);
	return [...sources, `@cantoo/pdf-lib ${packageVersion('@cantoo/pdf-lib')}`];
}
