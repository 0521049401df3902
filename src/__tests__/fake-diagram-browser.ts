import type { DiagramBrowser } from '../diagrams/diagram-service.ts';
import type { BrowserRender } from '../diagrams/mermaid-browser.ts';

/**
 * Stands in for Chromium: draws a box per source, fails on a dangling "--> -->" as Mermaid does
 * (with the line in the message), and records what it was asked to draw.
 */
export class FakeBrowser implements DiagramBrowser {
	launches = 0;
	readonly drawn: string[] = [];
	/** While set, a batch waits for it before it is drawn (a browser busy drawing). */
	gate: Promise<void> | undefined;

	async render(sources: string[], _config: unknown, idPrefix: string): Promise<BrowserRender[]> {
		if (this.launches === 0) this.launches = 1;
		this.drawn.push(...sources);
		await this.gate;
		return sources.map((source, index) => {
			const broken = source.split('\n').findIndex((line) => line.includes('--> -->'));
			if (broken >= 0) return { ok: false, message: `Parse error on line ${broken + 1}:\n...expecting 'NODE'` };
			const id = `${idPrefix}-${index}`;
			return { ok: true, id, svg: `<svg id="${id}" viewBox="0 0 10 10"><g></g></svg>`, width: 10, height: 10 };
		});
	}

	async close(): Promise<void> {}
}
