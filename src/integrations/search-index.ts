import type { AstroIntegration } from 'astro';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { builtPages } from './built-pages.ts';

/**
 * Builds the Pagefind search index over the pages' `data-pagefind-body` regions only, into
 * `<outDir>/pagefind/`. It starts as soon as Astro has written the pages
 * (astro:build:generated), from their HTML as written, so that it runs while the PDF
 * edition is printed instead of after it: the steps after it change nothing an index reads
 * (the PDF's size, which is data-pagefind-ignore; the Content-Security-Policy in the head).
 * Any indexing error fails the build: a site without its search is not a site to deploy.
 */
export function searchIndexIntegration(): AstroIntegration {
	let indexing: Promise<number> | undefined;
	return {
		name: 'thesis-site:search-index',
		hooks: {
			'astro:build:generated': ({ dir }) => {
				indexing = writeSearchIndex(fileURLToPath(dir));
				// Failures are reported when the build awaits the index, not as an unhandled rejection.
				indexing.catch(() => undefined);
			},
			'astro:build:done': async ({ dir, logger }) => {
				const pages = await (indexing ?? writeSearchIndex(fileURLToPath(dir)));
				logger.info(`search index: ${pages} pages`);
			},
		},
	};
}

/**
 * Indexes the built pages, read before the first await, and writes the index (into the
 * site's pagefind/ unless told otherwise); says how many pages it read.
 */
export async function writeSearchIndex(site: string, outputPath = join(site, 'pagefind')): Promise<number> {
	const pages = builtPages(site)
		.sort()
		.map((sourcePath) => ({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') }));
	if (pages.length === 0) throw new Error(`Pagefind found no page to index in ${site}`);
	try {
		const { index, errors } = await pagefind.createIndex();
		if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
		// One after another, in path order: the same pages give the same index.
		for (const page of pages) {
			const added = await index.addHTMLFile(page);
			if (added.errors.length > 0)
				throw new Error(`Pagefind could not index ${page.sourcePath}: ${added.errors.join('; ')}`);
		}
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
		return pages.length;
	} finally {
		await pagefind.close();
	}
}
