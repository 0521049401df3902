/**
 * What the build browser's worker thread runs (see build-browser.ts): one Chromium, shared
 * by the diagrams' page and the PDF's, for as long as the build needs it. Node runs this
 * file and its imports as they are (type stripping), so the thread starts no compiler.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { mermaidConfig } from '../diagrams/mermaid-config.ts';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { requirePackage } from '../lib/require-package.ts';
import { printPdf } from '../pdf/render.ts';
import type { BrowserReply, BrowserRequest } from './build-browser.ts';
import { sharedBrowser } from './shared-browser.ts';

const port = parentPort!;
const browsers = sharedBrowser();
const diagrams = new MermaidBrowser(browsers);
// Held until the build closes it, so the browser outlives the diagrams' page for the PDF.
const holding = browsers.acquire();
holding.catch(() => undefined);
if ((workerData as { warmUp: boolean }).warmUp) diagrams.warmUp(mermaidConfig);

port.on('message', async (request: BrowserRequest) => {
	if ('close' in request) {
		await diagrams.close();
		await holding.then(() => browsers.release()).catch(() => undefined);
		port.close();
		return;
	}
	const { id, job } = request;
	try {
		const result =
			job.kind === 'diagrams'
				? await diagrams.render(job.sources, job.config, job.idPrefix)
				: await printPdf(job.inputs, { root: job.root, base: job.base, shared: browsers });
		port.postMessage({ id, result, launches: browsers.launches } satisfies BrowserReply);
		// The PDF comes next, at the end of the build: its library loads now, while this thread is idle.
		if (job.kind === 'diagrams') setImmediate(() => requirePackage('@cantoo/pdf-lib'));
	} catch (error) {
		port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies BrowserReply);
	}
});
