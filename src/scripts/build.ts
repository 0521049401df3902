/**
 * Astro's build, as `npm run build` runs it (build.sh around it builds beside the last site
 * and swaps the new one in only on success). The build's browser (for the diagrams and the
 * PDF) is started first, in a worker thread, so that its seconds of start-up overlap
 * Astro's own instead of holding up the content sync or the PDF. Takes `--outDir <folder>`.
 * Node runs this file as it is, hence the `.ts` imports.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startBuildBrowser, type BrowserStart } from '../browser/build-browser.ts';
import { describeBuildError } from '../lib/build-error.ts';
import { folderDigest } from '../lib/content-digest.ts';
import { cacheDir, contentDir } from '../paths.ts';

const { values } = parseArgs({ options: { outDir: { type: 'string' } } });

/** The content/ of the last successful build: unchanged content means nothing to draw. */
const lastBuilt = join(cacheDir, 'last-built-content');

/** No diagram drawn yet: the build draws them all. Content changed: its PDF, at least. */
function browserStart(): BrowserStart {
	if (!existsSync(join(cacheDir, 'diagrams'))) return 'warm';
	const last = existsSync(lastBuilt) ? readFileSync(lastBuilt, 'utf8') : '';
	return last === folderDigest(contentDir) ? 'later' : 'start';
}

const browser = startBuildBrowser(browserStart());
// Astro is loaded only now, once the browser's thread is on its way.
const { build } = await import('astro');
let status = 0;
try {
	await build({ outDir: values.outDir });
	// Read again: the build itself may have written to content/ (the passage registry).
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(lastBuilt, folderDigest(contentDir));
} catch (error) {
	// `astro build` prints the error it stops on; Astro's build() leaves that to its caller.
	console.error(describeBuildError(error));
	status = 1;
} finally {
	await browser.close();
}
// Nothing left behind (a worker, a browser) may keep the process alive once the site is built.
process.exit(status);
