import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MermaidConfig } from 'mermaid';
import type { Page } from 'playwright';
import { sharedBrowser, type SharedBrowser } from '../browser/shared-browser.ts';
import { projectRequire } from '../lib/require-package.ts';

/** What the browser returns for one diagram. */
export type BrowserRender =
	{ ok: true; svg: string; id: string; width: number; height: number } | { ok: false; message: string };

/** The version of the `mermaid` package that draws the diagrams (part of the cache key). */
export const mermaidVersion: string = projectRequire('mermaid/package.json').version;

/** Mermaid's built files, and the origin the build's browser loads them from (never the network). */
const mermaidDist = dirname(projectRequire.resolve('mermaid/dist/mermaid.esm.min.mjs'));
const mermaidOrigin = 'http://mermaid.invalid';

/**
 * One page with the official Mermaid bundle loaded, in the build's shared Chromium, for
 * every diagram of a build. It opens on first use and stays until `close()`.
 */
export class MermaidBrowser {
	private page?: Promise<Page>;
	/** Whether this holds the shared browser (from opening the page until close()). */
	private holding = false;
	/** How many times a browser was started for the diagrams (one per build is the goal). */
	launches = 0;
	/** Calls so far: each call's diagrams get ids of their own, as calls may overlap. */
	private calls = 0;

	private readonly browsers: SharedBrowser;

	constructor(browsers: SharedBrowser = sharedBrowser()) {
		this.browsers = browsers;
	}

	/**
	 * Renders diagrams in order; a failure is returned, not thrown, so every error is seen.
	 * Calls may overlap: Mermaid draws one diagram at a time, in the order asked.
	 */
	async render(sources: string[], config: MermaidConfig, idPrefix: string): Promise<BrowserRender[]> {
		const call = `${idPrefix}-${++this.calls}`;
		const page = await this.openPage();
		return page.evaluate(
			async ({ sources, config, call }) => {
				const { mermaid } = window as unknown as { mermaid: typeof import('mermaid').default };
				mermaid.initialize(config);
				const results: BrowserRender[] = [];
				for (const [index, source] of sources.entries()) {
					const id = `${call}-${index}`;
					try {
						const { svg } = await mermaid.render(id, source);
						// Parsed as HTML: Mermaid's SVG is not always namespace-complete XML (xlink in links).
						const element = new DOMParser().parseFromString(svg, 'text/html').querySelector('svg');
						const { width, height } = element?.viewBox.baseVal ?? { width: 0, height: 0 };
						results.push({ ok: true, svg, id, width, height });
					} catch (error) {
						results.push({ ok: false, message: error instanceof Error ? error.message : String(error) });
					}
					document.getElementById(id)?.remove();
					document.getElementById(`d${id}`)?.remove();
				}
				return results;
			},
			{ sources, config, call },
		);
	}

	/**
	 * Opens the page and draws a two-node flowchart, so that Mermaid's flowchart code is
	 * loaded and compiled before the first real diagram; a failure shows on that diagram.
	 */
	warmUp(config: MermaidConfig): void {
		this.render(['flowchart LR\n  a --> b'], config, 'thesis-warm-up').catch(() => undefined);
	}

	/** Closes the page and gives the browser back (the last user of the shared browser closes it). */
	async close(): Promise<void> {
		const page = this.page;
		this.page = undefined;
		// A page that failed to open has nothing to close; the browser is given back all the same.
		if (page) await page.then((open) => open.close()).catch(() => undefined);
		if (!this.holding) return;
		this.holding = false;
		await this.browsers.release();
	}

	private openPage(): Promise<Page> {
		this.page ??= (async () => {
			const { browser, launched } = await this.browsers.acquire();
			this.holding = true;
			if (launched) this.launches += 1;
			const page = await browser.newPage();
			// Mermaid's ES module build, served from node_modules under a made-up origin: the
			// browser then fetches only the chunks the diagrams need (a flowchart's, not all
			// of Mermaid's 5 MB), which makes the first diagram seconds faster.
			await page.route('**/*', (route) => {
				const url = new URL(route.request().url());
				if (url.origin !== mermaidOrigin) return route.abort();
				const path = url.pathname;
				if (path === '/')
					return route.fulfill({
						contentType: 'text/html',
						body: '<!doctype html><html><head></head><body></body></html>',
					});
				const file = join(mermaidDist, path);
				// Only Mermaid's own modules: anything else a diagram asks for (an <img> in a label) is refused.
				if (!path.endsWith('.mjs') || !file.startsWith(`${mermaidDist}/`) || !existsSync(file)) return route.abort();
				return route.fulfill({ path: file, contentType: 'text/javascript' });
			});
			await page.goto(`${mermaidOrigin}/`);
			// A string, not a function: Vite rewrites import() inside functions of the build's own code.
			await page.evaluate(
				`import(${JSON.stringify(`${mermaidOrigin}/mermaid.esm.min.mjs`)}).then((m) => { window.mermaid = m.default; })`,
			);
			return page;
		})();
		return this.page;
	}
}
