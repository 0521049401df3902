import { Worker } from 'node:worker_threads';
import type { MermaidConfig } from 'mermaid';
import type { DiagramBrowser } from '../diagrams/diagram-service.ts';
import type { BrowserRender } from '../diagrams/mermaid-browser.ts';
import type { PdfEditionInputs } from '../pdf/edition.ts';
import type { PrintedPdf } from '../pdf/render.ts';

/** What the build asks of its browser. */
export type BrowserJob =
	| { kind: 'diagrams'; sources: string[]; config: MermaidConfig; idPrefix: string }
	| { kind: 'pdf'; inputs: PdfEditionInputs; root: string; base: string };
export type BrowserRequest = { id: number; job: BrowserJob } | { id: number; close: true };
export type BrowserReply = { id: number; result: unknown; launches: number } | { id: number; error: string };

/**
 * When the build browser starts: with the process, loading Mermaid too (`warm`: the build
 * will draw diagrams), with the process (`start`: it will likely print the PDF), or when
 * something first needs drawing (`later`: a build with nothing to draw starts none).
 */
export type BrowserStart = 'warm' | 'start' | 'later';

/**
 * The one Chromium of `npm run build`, in a worker thread: it draws the diagrams and then
 * prints the PDF edition, so a build starts one browser, and Astro's busy main thread never
 * holds up the messages that drive it. Started with the process, the browser's seconds of
 * start-up (and Mermaid's) overlap Astro's own, so the diagrams are ready when the content
 * sync asks for them and the PDF is printed as soon as the full text is built.
 */
export class BuildBrowser {
	private worker?: Worker;
	private readonly waiting = new Map<number, { resolve: (result: unknown) => void; reject: (error: Error) => void }>();
	private nextId = 0;
	private launches = 0;
	private closing?: Promise<void>;

	/**
	 * The diagrams' browser for the build's DiagramService. Its close() leaves the browser
	 * open: the PDF edition is printed after the diagrams are done, and closes it (or
	 * `npm run build` does, once Astro has finished, when the PDF came from the cache).
	 */
	readonly diagrams: DiagramBrowser = ((build) => ({
		render: (sources: string[], config: MermaidConfig, idPrefix: string) =>
			build.ask({ kind: 'diagrams', sources, config, idPrefix }) as Promise<BrowserRender[]>,
		close: async () => undefined,
		get launches() {
			return build.launches;
		},
	}))(this);

	constructor(when: BrowserStart) {
		if (when !== 'later') this.start(when === 'warm');
	}

	/**
	 * Prints the PDF edition's document (see printPdf) in this browser. It is the browser's
	 * last job: the browser closes once it is printed, while the build's other steps finish.
	 */
	printPdf(inputs: PdfEditionInputs, options: { root: string; base: string }) {
		const printed = this.ask({ kind: 'pdf', inputs, ...options }) as Promise<PrintedPdf>;
		printed.finally(() => this.close()).catch(() => undefined);
		return printed;
	}

	/**
	 * Closes the browser and stops the worker. Called again while closing, it waits for the
	 * same closing; a job asked for afterwards starts a new browser.
	 */
	close(): Promise<void> {
		const worker = this.worker;
		if (!worker) return this.closing ?? Promise.resolve();
		this.worker = undefined;
		this.closing = new Promise<void>((resolve) => {
			// A browser that does not close in time is not worth waiting for: the thread is stopped.
			const stuck = setTimeout(() => void worker.terminate(), 15_000);
			worker.once('exit', () => {
				clearTimeout(stuck);
				resolve();
			});
			worker.postMessage({ id: this.nextId++, close: true } satisfies BrowserRequest);
		});
		return this.closing;
	}

	private ask(job: BrowserJob): Promise<unknown> {
		const worker = this.worker ?? this.start(false);
		const id = this.nextId++;
		return new Promise((resolve, reject) => {
			this.waiting.set(id, { resolve, reject });
			worker.postMessage({ id, job } satisfies BrowserRequest);
		});
	}

	private start(warmUp: boolean): Worker {
		const worker = new Worker(new URL('./build-browser-job.ts', import.meta.url), { workerData: { warmUp } });
		this.worker = worker;
		worker.on('message', (reply: BrowserReply) => {
			const waiting = this.waiting.get(reply.id);
			this.waiting.delete(reply.id);
			if ('error' in reply) return waiting?.reject(new Error(reply.error));
			this.launches = reply.launches;
			waiting?.resolve(reply.result);
		});
		const failAll = (error: Error) => {
			for (const { reject } of this.waiting.values()) reject(error);
			this.waiting.clear();
			if (this.worker === worker) this.worker = undefined;
		};
		worker.on('error', (error) => failAll(new Error(`the build's browser failed: ${error.message}`, { cause: error })));
		worker.on('exit', (code) => failAll(new Error(`the build's browser stopped (exit code ${code})`)));
		return worker;
	}
}

const key = Symbol.for('thesis-site.build-browser');
type Holder = { [key]?: BuildBrowser };

/** Starts the build browser of this process (`npm run build` does, before Astro loads). */
export function startBuildBrowser(when: BrowserStart): BuildBrowser {
	const browser = new BuildBrowser(when);
	(globalThis as Holder)[key] = browser;
	return browser;
}

/**
 * The build browser, if `npm run build` started one; the dev server and tests have none.
 * A global: Astro loads the integrations and pages through module graphs of their own.
 */
export function buildBrowser(): BuildBrowser | undefined {
	return (globalThis as Holder)[key];
}
