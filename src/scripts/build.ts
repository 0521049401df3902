/**
 * Astro's build, as `npm run build` runs it (build.sh around it builds beside the last site
 * and swaps the new one in only on success). The build's browser (for the diagrams and the
 * PDF) is started first, in a worker thread, so that its seconds of start-up overlap
 * Astro's own instead of holding up the content sync. Takes `--outDir <folder>`. Node runs
 * this file as it is, hence the `.ts` imports.
 */
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBuildBrowser } from '../browser/build-browser.ts';
import { cacheDir } from '../paths.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });

const browser = startBuildBrowser(join(cacheDir, 'diagrams'));
// Astro is loaded only now, once the browser's thread is on its way.
const { build } = await import('astro');
let status = 0;
try {
	await build({ outDir: values.outDir });
} catch (error) {
	// Astro has already printed what went wrong; build.sh reads the status.
	if (!(error instanceof Error)) console.error(error);
	status = 1;
} finally {
	await browser.close();
}
// Nothing left behind (a worker, a browser) may keep the process alive once the site is built.
process.exit(status);
