/**
 * What the build browser's worker thread runs (see build-browser.ts): one Chromium, shared
 * by the diagrams' page and the PDF's, for as long as the build needs it. Node runs this
 * file and its imports as they are (type stripping), so the thread starts no compiler.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mermaidConfig } from '../diagrams/mermaid-config.ts';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { requirePackage } from '../lib/require-package.ts';
import { openSharedPrintPage, printPdf, type PrintPage } from '../pdf/render.ts';
import type { BrowserJob, BrowserReply, BrowserRequest } from './build-browser.ts';
import { sharedBrowser } from './shared-browser.ts';

const port = parentPort!;
const browsers = sharedBrowser();
const diagrams = new MermaidBrowser(browsers);
// Held until the build closes it, so the browser outlives the diagrams' page for the PDF.
const holding = browsers.acquire();
holding.catch(() => undefined);
if ((workerData as { warmUp: boolean }).warmUp) diagrams.warmUp(mermaidConfig);
/**
 * The PDF's page, opened once the diagrams are drawn, while the browser waits for Astro to
 * write the pages: the print, at the end of the build, then starts no renderer process.
 */
let printPage: Promise<PrintPage> | undefined;

port.on('message', async (request: BrowserRequest) => {
	if ('close' in request) {
		await diagrams.close();
		await closeUnusedPrintPage();
		await holding.then(() => browsers.release()).catch(() => undefined);
		port.close();
		return;
	}
	const { id, job } = request;
	try {
		const result =
			job.kind === 'diagrams' ? await diagrams.render(job.sources, job.config, job.idPrefix) : await print(job);
		port.postMessage({ id, result, launches: browsers.launches } satisfies BrowserReply);
		// The PDF comes next, at the end of the build: its library loads and its page opens now, while this thread is idle.
		if (job.kind === 'diagrams')
			setImmediate(() => {
				requirePackage('@cantoo/pdf-lib');
				printPage ??= openSharedPrintPage(browsers);
				printPage.catch(() => undefined);
			});
	} catch (error) {
		port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies BrowserReply);
	}
});

/** Prints the PDF, in the page opened for it if there is one. */
function print(job: Extract<BrowserJob, { kind: 'pdf' }>) {
	const page = printPage;
	printPage = undefined;
	return printPdf(job.inputs, { root: job.root, base: job.base, shared: browsers, printPage: page });
}

/** Closes a page opened for a PDF that was then taken from the cache, and gives the browser back. */
async function closeUnusedPrintPage() {
	// A page that failed to open holds nothing.
	const opened = await printPage?.catch(() => undefined);
	printPage = undefined;
	if (!opened) return;
	await opened.context.close().catch(() => undefined);
	await browsers.release();
}
