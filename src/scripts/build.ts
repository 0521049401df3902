/**
 * Astro's build, as `npm run build` runs it (build.sh around it builds beside the last site
 * and swaps the new one in only on success). Takes `--outDir <folder>` (where to build) and
 * `--siteDir <folder>` (where build.sh then publishes it).
 *
 * - When nothing the build reads has changed since the site in siteDir was built, and that
 *   folder is as the build left it, there is nothing to build: it says so and exits
 *   without making outDir (`--force` builds anyway).
 * - Otherwise the build's browser (for the diagrams and the PDF) is started first, in a
 *   worker thread, so that its seconds of start-up overlap Astro's own instead of holding
 *   up the content sync or the PDF.
 *
 * Node runs this file as it is, hence the `.ts` imports.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startBuildBrowser, type BrowserStart } from '../browser/build-browser.ts';
import { describeBuildError } from '../lib/build-error.ts';
import {
	changedInputs,
	describeChanges,
	isUpToDate,
	readBuildInputs,
	readBuildRecord,
	siteDigest,
	writeBuildRecord,
} from '../lib/build-record.ts';
import { registryFileName } from '../passages/registry.ts';
import { cacheDir, contentDir } from '../paths.ts';

const { values } = parseArgs({
	options: {
		outDir: { type: 'string', default: 'dist' },
		siteDir: { type: 'string', default: 'dist' },
		force: { type: 'boolean', default: false },
	},
});
const { outDir, siteDir, force } = values;

const inputs = readBuildInputs(contentDir);
const record = readBuildRecord(cacheDir);
if (!force && isUpToDate(record, inputs, siteDir)) {
	console.log(
		`Nothing changed since ${siteDir}/ was built (content, generator, packages, settings), and it is as that build left it: it is up to date. \`npm run build -- --force\` builds it again.`,
	);
	process.exit(0);
}
// Why this build runs, when an earlier one was recorded: an editor sees what it picked up.
const changed = record ? changedInputs(record.inputs, inputs) : [];
if (record && !force)
	console.log(
		changed.length > 0
			? `Changed since the last build: ${describeChanges(changed)}.`
			: `${siteDir}/ is not as the last build left it.`,
	);

/** The content's own files, by their names in the inputs. */
const inContent = (name: string) => resolve(name).startsWith(resolve(contentDir) + '/');

/** No diagram drawn yet: the build draws them all. Content changed: its PDF, at least. */
function browserStart(): BrowserStart {
	if (!existsSync(join(cacheDir, 'diagrams'))) return 'warm';
	return record && !changed.some(inContent) ? 'later' : 'start';
}

/**
 * Keeps what the site was built from, for the next build to compare. Not when something
 * the build read changed while it ran (but the passage registry, which the build itself
 * writes): the site may not show that change, so the next build must run.
 */
function recordBuild() {
	const after = readBuildInputs(contentDir);
	const registry = resolve(contentDir, registryFileName);
	if (changedInputs(inputs, after).some((name) => resolve(name) !== registry)) return;
	writeBuildRecord(cacheDir, { inputs: after, siteDir: resolve(siteDir), site: siteDigest(outDir) });
}

const browser = startBuildBrowser(browserStart());
// Astro is loaded only now, once the browser's thread is on its way.
const { build } = await import('astro');
let status = 0;
try {
	await build({ outDir });
	recordBuild();
} catch (error) {
	// `astro build` prints the error it stops on; Astro's build() leaves that to its caller.
	console.error(describeBuildError(error));
	status = 1;
} finally {
	await browser.close();
}
// Nothing left behind (a worker, a browser) may keep the process alive once the site is built.
process.exit(status);
