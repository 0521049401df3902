import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

/**
 * Builds the Pagefind search index as the last step of `astro build`, over the pages'
 * `data-pagefind-body` regions only, into `<outDir>/pagefind/`. Any indexing error fails
 * the build: a site without its search is not a site to deploy.
 */
export function searchIndexIntegration(): AstroIntegration {
	return {
		name: 'thesis-site:search-index',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const site = fileURLToPath(dir);
				try {
					const { index, errors } = await pagefind.createIndex();
					if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
					const added = await index.addDirectory({ path: site });
					if (added.errors.length > 0) throw new Error(`Pagefind could not index ${site}: ${added.errors.join('; ')}`);
					if (added.page_count === 0) throw new Error(`Pagefind found no page with data-pagefind-body in ${site}`);
					const written = await index.writeFiles({ outputPath: `${site}pagefind` });
					if (written.errors.length > 0)
						throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
					logger.info(`search index: ${added.page_count} pages`);
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
