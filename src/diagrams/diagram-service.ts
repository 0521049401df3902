import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { MermaidConfig } from 'mermaid';
import { join } from 'node:path';
import { cacheDir } from '../paths.ts';
import { buildBrowser } from '../browser/build-browser.ts';
import { mermaidErrorLine } from './error-line.ts';
import { mermaidConfig } from './mermaid-config.ts';
import { MermaidBrowser, mermaidVersion, type BrowserRender } from './mermaid-browser.ts';
import { RenderCache, diagramKey, type RenderedDiagram } from './render-cache.ts';
import { sanitizeDiagram } from './svg-sanitizer.ts';
import { makeIdsUnique } from './unique-ids.ts';

/** Bump when what is done to Mermaid's SVG after drawing changes: cached SVGs go stale. */
const postProcessing = 4;

/** A diagram Mermaid could not draw; `line` is the line within the diagram source. */
export class DiagramError extends Error {
	readonly line?: number;

	constructor(message: string, line?: number) {
		super(message);
		this.line = line;
		this.name = 'DiagramError';
	}
}

/** Distinct diagrams of this process: drawn in the browser, or found in the cache. */
export interface DiagramTally {
	rendered: number;
	cached: number;
	/** Browsers started to draw them. */
	browsers: number;
}

/** What draws the diagrams the cache does not have: a MermaidBrowser, or a stand-in in tests. */
export interface DiagramBrowser {
	render(sources: string[], config: MermaidConfig, idPrefix: string): Promise<BrowserRender[]>;
	close(): Promise<void>;
	/** How many browsers were started. */
	readonly launches: number;
}

/**
 * Renders Mermaid diagrams at build time: from the disk cache when the source, Mermaid
 * version and settings are unchanged, else in one shared browser. Each batch goes to the
 * browser at once (Mermaid draws one diagram at a time in its own queue), so the next
 * batch is being drawn while this thread handles the last; a diagram in the cache, or
 * already being drawn for an earlier call, is not asked for again.
 */
export class DiagramService {
	private readonly renderedKeys = new Set<string>();
	private readonly cachedKeys = new Set<string>();
	/** The diagrams being drawn, by key, until they are in the cache. */
	private readonly drawing = new Map<string, Promise<RenderedDiagram | DiagramError>>();

	private readonly cache: RenderCache;
	private readonly browser: DiagramBrowser;

	constructor(cache: RenderCache, browser: DiagramBrowser) {
		this.cache = cache;
		this.browser = browser;
	}

	/** Renders many diagrams; each result is a diagram or its error. */
	renderAll(sources: string[]): Promise<(RenderedDiagram | DiagramError)[]> {
		const keys = sources.map((source) => diagramKey(source, mermaidVersion, { mermaidConfig, postProcessing }));
		const cached = keys.map((key) => this.cache.get(key));
		const toDraw = new Map<string, string>();
		keys.forEach((key, index) => {
			if (cached[index]) this.cachedKeys.add(key);
			else if (!this.drawing.has(key)) toDraw.set(key, sources[index]);
		});
		if (toDraw.size > 0) {
			const batch = this.drawBatch([...toDraw.keys()], [...toDraw.values()]);
			[...toDraw.keys()].forEach((key, index) => {
				const one = batch.then((drawn) => drawn[index]);
				this.drawing.set(key, one);
				const done = () => this.drawing.delete(key);
				one.then(done, done);
			});
		}
		return Promise.all(keys.map((key, index) => cached[index] ?? this.drawing.get(key)!));
	}

	/** Renders one diagram; throws a DiagramError when Mermaid cannot draw it. */
	async render(source: string): Promise<RenderedDiagram> {
		const [result] = await this.renderAll([source]);
		if (result instanceof DiagramError) throw result;
		return result;
	}

	/** How many distinct diagrams were drawn and how many came from the cache. */
	tally(): DiagramTally {
		const cached = [...this.cachedKeys].filter((key) => !this.renderedKeys.has(key)).length;
		return { rendered: this.renderedKeys.size, cached, browsers: this.browser.launches };
	}

	/** Closes the browser, if one was started. */
	close(): Promise<void> {
		return this.browser.close();
	}

	/** Draws one batch in the browser and caches what it drew. */
	private async drawBatch(keys: string[], sources: string[]): Promise<(RenderedDiagram | DiagramError)[]> {
		const drawn = await this.browser.render(sources, mermaidConfig, 'thesis-diagram');
		return drawn.map((output, index) => {
			if (!output.ok) return new DiagramError(output.message, mermaidErrorLine(output.message, sources[index]));
			const key = keys[index];
			const id = `diagram-${key.slice(0, 12)}`;
			const svg = toHtml(sanitizeDiagram(fromHtml(makeIdsUnique(output.svg, output.id, id), { fragment: true })));
			const diagram: RenderedDiagram = { svg, id, width: output.width, height: output.height };
			this.cache.set(key, diagram);
			this.renderedKeys.add(key);
			return diagram;
		});
	}
}

const serviceKey = Symbol.for('thesis-site.diagram-service');

/**
 * The build's one diagram service. Astro loads the config, the Markdown plugins and the
 * pages through different module graphs; a global keeps one browser and one tally for all.
 */
export function diagramService(): DiagramService {
	const holder = globalThis as { [serviceKey]?: DiagramService };
	// `npm run build` draws in its build browser (a worker thread started before Astro); the dev server and tests in a browser of their own.
	holder[serviceKey] ??= new DiagramService(
		new RenderCache(join(cacheDir, 'diagrams')),
		buildBrowser()?.diagrams ?? new MermaidBrowser(),
	);
	return holder[serviceKey];
}
