import type { APIRoute } from 'astro';
import { build } from 'esbuild';
import { resolve } from 'node:path';

/**
 * The search dialog's code (components/search/search-dialog.ts) as one small ES module,
 * loaded only when a reader shows intent to search: no reading page carries a script file.
 */
export const GET: APIRoute = async () => {
	const bundle = await build({
		entryPoints: [resolve('src/components/search/search-dialog.ts')],
		bundle: true,
		format: 'esm',
		minify: true,
		target: 'es2022',
		write: false,
		legalComments: 'none',
	});
	return new Response(bundle.outputFiles[0].text, { headers: { 'Content-Type': 'text/javascript' } });
};
