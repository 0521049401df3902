import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DiagramService } from '../diagrams/diagram-service.ts';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { RenderCache } from '../diagrams/render-cache.ts';

// A cache of its own, so the test really draws in the browser.
const cache = mkdtempSync(join(tmpdir(), 'diagram-security-'));
const service = new DiagramService(new RenderCache(cache), new MermaidBrowser());

afterAll(async () => {
	await service.close();
	rmSync(cache, { recursive: true, force: true });
});

describe('Mermaid at securityLevel strict', () => {
	it('draws diagram source that tries to inject markup or script as inert text', async () => {
		const diagram = await service.render(
			[
				'flowchart LR',
				'  A["<img src=x onerror=alert(1)>"] --> B["<script>alert(2)</script>"]',
				'  click A "javascript:alert(3)"',
				'  click B call alert(4)',
			].join('\n'),
		);
		expect(diagram.svg).toMatch(/^<svg/);
		expect(diagram.svg).not.toMatch(/<script/i);
		expect(diagram.svg).not.toMatch(/\sonerror=/i);
		expect(diagram.svg).not.toMatch(/javascript:/i);
		// Mermaid lets <img> through; the site drops it so no diagram can load anything.
		expect(diagram.svg).not.toMatch(/<img/i);
	}, 60_000);
});
