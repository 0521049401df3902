import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browserPathVariable } from '../browser/chromium.ts';
import { DiagramService, type DiagramBrowser } from '../diagrams/diagram-service.ts';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { RenderCache } from '../diagrams/render-cache.ts';
import { diagramsIntegration } from '../integrations/diagrams.ts';
import { validFiles } from './content-fixture.ts';
import { FakeBrowser } from './fake-diagram-browser.ts';

/** What the build's hooks log, by level. */
function recordingLogger() {
	const lines: Record<'info' | 'warn' | 'error', string[]> = { info: [], warn: [], error: [] };
	const logger = {
		info: (message: string) => lines.info.push(message),
		warn: (message: string) => lines.warn.push(message),
		error: (message: string) => lines.error.push(message),
	};
	return { lines, logger: logger as unknown as AstroIntegrationLogger };
}

/** Runs the integration's hooks in the order `astro build` calls them; `lines` is what they logged. */
function runBuild(integration: AstroIntegration) {
	const { lines, logger } = recordingLogger();
	// Only the options these hooks read are passed.
	const hooks = integration.hooks as Record<string, (options: unknown) => unknown>;
	const done = (async () => {
		await hooks['astro:config:setup']({ command: 'build', logger });
		await hooks['astro:config:done']({ logger });
		await hooks['astro:build:start']({ logger });
		await hooks['astro:build:done']({ logger });
	})();
	return { lines, done };
}

describe('the diagrams integration in a build', () => {
	const configured = process.env[browserPathVariable];
	let root: string;
	let contentDir: string;
	let cache: string;
	beforeEach(() => {
		root = mkdtempSync(join(tmpdir(), 'diagrams-integration-'));
		contentDir = join(root, 'content');
		cache = join(root, 'cache');
		for (const [file, text] of Object.entries(validFiles)) {
			mkdirSync(dirname(join(contentDir, file)), { recursive: true });
			writeFileSync(join(contentDir, file), text);
		}
	});
	afterEach(() => {
		rmSync(root, { recursive: true, force: true });
		if (configured === undefined) delete process.env[browserPathVariable];
		else process.env[browserPathVariable] = configured;
		vi.restoreAllMocks();
	});
	const service = (browser: DiagramBrowser = new FakeBrowser()) => new DiagramService(new RenderCache(cache), browser);

	it('checks every Mermaid block and reports what it drew, then what a rebuild took from the cache', async () => {
		const cold = runBuild(diagramsIntegration({ contentDir, service: service() }));
		await cold.done;
		// The block, and the two diagrams the pages generate from the content (Fig. 1, the relations map), drawn early.
		expect(cold.lines.info).toEqual([
			'1 Mermaid block checked',
			'diagrams: 3 rendered, 0 from cache (1 browser started)',
		]);
		const warm = runBuild(diagramsIntegration({ contentDir, service: service() }));
		await warm.done;
		expect(warm.lines.info).toEqual([
			'1 Mermaid block checked',
			'diagrams: 0 rendered, 3 from cache (0 browsers started)',
		]);
	});

	it('a diagram Mermaid cannot draw fails the build at its file and line, cache or not', async () => {
		await runBuild(diagramsIntegration({ contentDir, service: service() })).done;
		writeFileSync(
			join(contentDir, 'figures/chart.md'),
			validFiles['figures/chart.md'].replace('  A --> B\n', '  A --> B\n  B --> -->\n'),
		);
		const exit = vi.spyOn(process, 'exit').mockImplementation((code) => {
			throw new Error(`process.exit(${code})`);
		});
		const broken = runBuild(diagramsIntegration({ contentDir, service: service() }));
		await expect(broken.done).rejects.toThrow('process.exit(1)');
		expect(exit).toHaveBeenCalledWith(1);
		// The diagram starts on line 9 of figures/chart.md; its broken edge, Mermaid's line 3, is line 11.
		expect(broken.lines.error.join('\n')).toMatch(
			/^1 diagram failed:\n\n\S*\/content\/figures\/chart\.md:11: Mermaid cannot draw this diagram:\n {4}Parse error on line 3/,
		);
	});

	it('with no browser to draw, the build fails saying how to get one', async () => {
		process.env[browserPathVariable] = '/no/such/chromium';
		const { done } = runBuild(diagramsIntegration({ contentDir, service: service(new MermaidBrowser()) }));
		await expect(done).rejects.toThrow(/CHROMIUM_PATH is set to \/no\/such\/chromium, but no file exists there/);
		await expect(done).rejects.toThrow(
			/apt-get install chromium-headless-shell fonts-liberation[\s\S]*npx playwright install chromium[\s\S]*set CHROMIUM_PATH=/,
		);
	});
});
