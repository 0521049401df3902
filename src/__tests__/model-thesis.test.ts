import { describe, expect, it } from 'vitest';
import { checkContent } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { buildThesis } from '../model/thesis.ts';
import {
	dynamicsTreeSource,
	figureSource,
	generatedDiagramSources,
	relationsMapSource,
} from '../model/generated-diagrams.ts';
import { contentWith } from './content-fixture.ts';

/** The model of the fixture thesis, after the rules found it valid. */
function thesisOf(edits: Parameters<typeof contentWith>[0] = {}) {
	const content = contentWith(edits);
	expect(checkContent(content)).toEqual([]);
	return buildThesis(validInput(content));
}

describe('buildThesis', () => {
	it('orders pages: home, each chapter, then the entries it lists, category by category', () => {
		const thesis = thesisOf();
		expect(thesis.pages.map((p) => p.href)).toEqual([
			'/',
			'/introduction/',
			'/dynamics/',
			'/dynamics/first/',
			'/dynamics/second/',
			'/challenges/',
			'/challenges/hard/',
		]);
		expect(thesis.pages[3].previous?.href).toBe('/dynamics/');
		expect(thesis.pages[3].next?.href).toBe('/dynamics/second/');
	});
	it('numbers dynamics within their category as declared in thesis.json, whatever its ids', () => {
		const thesis = thesisOf();
		expect(thesis.categories.map((c) => [c.id, c.dynamics.map((d) => d.page.section)])).toEqual([
			['alpha', ['2.1 (1)']],
			['beta', ['2.2 (1)']],
		]);
		expect(thesis.dynamics[0].page.trail.map((t) => t.title)).toEqual(['Home', 'Dynamics', 'Alpha dynamics']);
	});
	it('shows a relation declared on one side on both', () => {
		const thesis = thesisOf();
		expect(thesis.challenges[0].related.map((d) => d.entry.id)).toEqual(['first']);
		expect(thesis.dynamics[0].related.map((c) => c.entry.id)).toEqual(['hard']);
	});
	it('numbers figures where they are placed, in reading order; a figure in a code block is not placed', () => {
		const thesis = thesisOf({ 'chapters/introduction.mdx': (t) => `${t}\n\`\`\`mdx\n<Figure id="chart" />\n\`\`\`\n` });
		expect(thesis.figures.map((f) => [f.label, f.entry.id, f.href])).toEqual([
			['Fig. 1', 'tree', '/dynamics/#figure-tree'],
			['Fig. 2', 'chart', '/dynamics/first/#figure-chart'],
		]);
	});
	it('draws Fig. 1 from the categories and dynamics, and takes a figure’s Mermaid block as written', () => {
		const thesis = thesisOf();
		expect(dynamicsTreeSource(thesis)).toContain('category_alpha --> category_alpha_0["(1) First"]');
		expect(figureSource(thesis.figures[1], thesis)).toBe('flowchart LR\n  A --> B');
	});
	it('lists the diagrams the pages generate, so the build can draw them early', () => {
		const thesis = thesisOf();
		expect(generatedDiagramSources(thesis)).toEqual([dynamicsTreeSource(thesis), relationsMapSource(thesis)]);
	});
	it('lists where each concept is discussed, with its sentences, and relations both ways', () => {
		const thesis = thesisOf();
		const widget = thesis.concepts.find((c) => c.entry.id === 'widget');
		expect(widget?.discussedIn.map((d) => [d.page.href, d.declared, d.sentences])).toEqual([
			['/introduction/', false, ['The intro mentions a gadget.']],
			['/dynamics/first/', true, ['A widget grows.']],
		]);
		expect(thesis.concepts.find((c) => c.entry.id === 'gizmo')?.related.map((c) => c.entry.id)).toEqual(['widget']);
	});
});
