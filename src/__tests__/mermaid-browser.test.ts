import { afterAll, describe, expect, it } from 'vitest';
import { MermaidBrowser } from '../diagrams/mermaid-browser.ts';
import { mermaidConfig } from '../diagrams/mermaid-config.ts';

const browser = new MermaidBrowser();

afterAll(() => browser.close());

describe('MermaidBrowser', () => {
	it('answers overlapping calls each with its own diagrams, in order, with ids of their own', async () => {
		const [first, second] = await Promise.all([
			browser.render(['flowchart LR\n  a[Alpha] --> b[Beta]', 'flowchart LR\n  c --> -->'], mermaidConfig, 'overlap'),
			browser.render(['flowchart TD\n  g[Gamma] --> d[Delta]'], mermaidConfig, 'overlap'),
		]);
		const svgOf = (render: (typeof first)[number]) => (render.ok ? render.svg : render.message);
		expect(first.map((render) => render.ok)).toEqual([true, false]);
		expect(svgOf(first[0])).toContain('Alpha');
		expect(svgOf(first[0])).not.toContain('Gamma');
		expect(svgOf(first[1])).toMatch(/Parse error on line 2/);
		expect(second.map((render) => render.ok)).toEqual([true]);
		expect(svgOf(second[0])).toContain('Gamma');
		expect(svgOf(second[0])).not.toContain('Alpha');
		const ids = [first[0], second[0]].map((render) => (render.ok ? render.id : ''));
		expect(new Set(ids).size).toBe(2);
		for (const [index, render] of [first[0], second[0]].entries())
			expect(svgOf(render)).toContain(`id="${ids[index]}"`);
	}, 60_000);
});
