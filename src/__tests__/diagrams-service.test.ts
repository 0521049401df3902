import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browserPathVariable } from '../browser/chromium.ts';
import { DiagramError, DiagramService } from '../diagrams/diagram-service.ts';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { RenderCache } from '../diagrams/render-cache.ts';
import { FakeBrowser } from './fake-diagram-browser.ts';

const sources = ['flowchart TD\n  a --> b', 'flowchart LR\n  c --> d', 'flowchart TD\n  e --> f\n  f --> g'];

/** One build: a fresh service (fresh tally, no browser yet) over the cache folder builds share. */
function build(folder: string) {
	const browser = new FakeBrowser();
	return { browser, service: new DiagramService(new RenderCache(folder), browser) };
}

describe('DiagramService: the diagram cache across builds', () => {
	let folder: string;
	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'diagram-service-'));
	});
	afterEach(() => {
		rmSync(folder, { recursive: true, force: true });
	});

	it('a cold build draws every diagram in one browser', async () => {
		const { browser, service } = build(folder);
		const results = await service.renderAll(sources);
		expect(results.every((result) => !(result instanceof DiagramError))).toBe(true);
		expect(browser.drawn).toEqual(sources);
		expect(service.tally()).toEqual({ rendered: 3, cached: 0, browsers: 1 });
	});

	it('a rebuild with unchanged sources draws nothing and starts no browser', async () => {
		const cold = await build(folder).service.renderAll(sources);
		const { browser, service } = build(folder);
		expect(await service.renderAll(sources)).toEqual(cold);
		expect(browser.drawn).toEqual([]);
		expect(service.tally()).toEqual({ rendered: 0, cached: 3, browsers: 0 });
	});

	it('after one diagram changes, only that one is drawn', async () => {
		await build(folder).service.renderAll(sources);
		const changed = [sources[0], `${sources[1]}\n  d --> e`, sources[2]];
		const { browser, service } = build(folder);
		await service.renderAll(changed);
		expect(browser.drawn).toEqual([changed[1]]);
		expect(service.tally()).toEqual({ rendered: 1, cached: 2, browsers: 1 });
	});

	it('a broken diagram fails with its line even when the others are cached, and is never cached', async () => {
		await build(folder).service.renderAll(sources);
		const broken = [sources[0], 'flowchart LR\n  c --> d\n  d --> -->'];
		for (let run = 0; run < 2; run++) {
			const { browser, service } = build(folder);
			const [first, second] = await service.renderAll(broken);
			expect(first).not.toBeInstanceOf(DiagramError);
			expect(second).toBeInstanceOf(DiagramError);
			expect((second as DiagramError).line).toBe(3);
			expect(browser.drawn).toEqual([broken[1]]);
		}
	});

	it('a batch goes to the browser at once; a diagram in the cache or being drawn waits for no other batch, and is drawn once', async () => {
		const { browser, service } = build(folder);
		await service.renderAll([sources[0]]);
		let release = () => {};
		browser.gate = new Promise((resolve) => (release = resolve));
		const held = service.renderAll([sources[1]]);
		const sameDiagram = service.renderAll([sources[1], sources[1]]);
		const later = service.renderAll([sources[2]]);
		// Answered from the cache at once: before a timer's turn, while the browser is still held.
		const first = await Promise.race([
			service.renderAll([sources[0]]).then(() => 'from the cache'),
			new Promise((resolve) => setTimeout(() => resolve('waited'), 0)),
		]);
		expect(first).toBe('from the cache');
		// The later batch is with the browser already, not queued behind the held one.
		expect(browser.drawn).toEqual(sources);
		release();
		const [[drawn], [again, twice]] = await Promise.all([held, sameDiagram, later]);
		expect(again).toBe(drawn);
		expect(twice).toBe(drawn);
		expect(browser.drawn).toEqual(sources);
		expect(service.tally()).toEqual({ rendered: 3, cached: 0, browsers: 1 });
	});

	it('the same diagram on two pages is counted once', async () => {
		const { service } = build(folder);
		await service.renderAll(sources);
		await service.render(sources[0]);
		expect(service.tally()).toEqual({ rendered: 3, cached: 0, browsers: 1 });
	});
});

// A diagram to draw with no browser fails the build with the fix: diagrams-integration.test.ts.
describe('DiagramService with no browser to draw', () => {
	const configured = process.env[browserPathVariable];
	let folder: string;
	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'diagram-service-'));
	});
	afterEach(() => {
		rmSync(folder, { recursive: true, force: true });
		if (configured === undefined) delete process.env[browserPathVariable];
		else process.env[browserPathVariable] = configured;
	});

	it('all diagrams cached: no browser is needed at all', async () => {
		await build(folder).service.renderAll(sources);
		process.env[browserPathVariable] = '/no/such/chromium';
		const service = new DiagramService(new RenderCache(folder), new MermaidBrowser());
		expect((await service.renderAll(sources)).some((result) => result instanceof DiagramError)).toBe(false);
		expect(service.tally().browsers).toBe(0);
	});
});
