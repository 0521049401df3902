import { describe, expect, it } from 'vitest';
import { diagramHtml, escapeHtml } from '../diagrams/diagram-html.ts';
import type { RenderedDiagram } from '../diagrams/render-cache.ts';

const id = 'diagram-bbdbf4d4114b';

function node(label: string): string {
	return `<g class="node default"><g class="label"><foreignObject><div><span class="nodeLabel">${label}</span></div></foreignObject></g></g>`;
}

/** A rendered flowchart; `accessible` adds Mermaid's accTitle and accDescr markup. */
function rendered(options: { accessible?: boolean; labels?: string[]; width?: number } = {}): RenderedDiagram {
	const aria = options.accessible ? ` aria-labelledby="chart-title-${id}" aria-describedby="chart-desc-${id}"` : '';
	const titles = options.accessible
		? `<title id="chart-title-${id}">Mermaid title</title><desc id="chart-desc-${id}">Mermaid description</desc>`
		: '';
	const labels = (options.labels ?? ['<p>Cloud computing</p>', '<p>Big data</p>']).map(node).join('');
	return {
		svg: `<svg id="${id}" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" style="max-width: 696px;" viewBox="4 4 696 403" role="graphics-document document" aria-roledescription="flowchart-v2"${aria}>${titles}<g class="root">${labels}</g></svg>`,
		id,
		width: options.width ?? 696.4,
		height: 403,
	};
}

/** The opening tag of the drawing's <svg>. */
function svgTag(drawing: string): string {
	const match = /<svg\b[^>]*>/.exec(drawing);
	if (!match) throw new Error('no <svg> in the drawing');
	return match[0];
}

/** The value of an attribute in a tag, or undefined. */
function attribute(tag: string, name: string): string | undefined {
	return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

describe('diagramHtml: the drawing', () => {
	it('is the svg in a focusable frame as wide as the diagram, rounded up', () => {
		const { drawing } = diagramHtml(rendered({ width: 696.4 }));
		expect(drawing.startsWith('<div class="diagram-frame" tabindex="0" style="--diagram-width: 697px">')).toBe(true);
		expect(drawing.endsWith('</svg></div>')).toBe(true);
	});
	it('keeps a whole width as it is', () => {
		expect(diagramHtml(rendered({ width: 392 })).drawing).toContain('style="--diagram-width: 392px"');
	});
	it('makes the svg one image instead of a Mermaid document', () => {
		const tag = svgTag(diagramHtml(rendered()).drawing);
		expect(attribute(tag, 'role')).toBe('img');
		expect(tag.match(/\srole=/g)).toHaveLength(1);
		expect(tag).not.toContain('graphics-document');
		expect(tag).not.toContain('aria-roledescription');
	});
	it('keeps the other attributes of the svg', () => {
		const tag = svgTag(diagramHtml(rendered()).drawing);
		expect(attribute(tag, 'id')).toBe(id);
		expect(attribute(tag, 'viewBox')).toBe('4 4 696 403');
		expect(attribute(tag, 'style')).toBe('max-width: 696px;');
	});
	it('keeps the inner markup of the svg', () => {
		expect(diagramHtml(rendered()).drawing).toContain(
			`>${node('<p>Cloud computing</p>')}${node('<p>Big data</p>')}</g></svg>`,
		);
	});
	it('names the drawing with the title, escaped, instead of Mermaid’s title', () => {
		const tag = svgTag(
			diagramHtml(rendered({ accessible: true }), { title: 'Dynamics & "challenges" <2016>' }).drawing,
		);
		expect(attribute(tag, 'aria-label')).toBe('Dynamics &amp; &quot;challenges&quot; &lt;2016&gt;');
		expect(tag).not.toContain('aria-labelledby');
	});
	it('keeps Mermaid’s accTitle as the name without a title', () => {
		const tag = svgTag(diagramHtml(rendered({ accessible: true })).drawing);
		expect(attribute(tag, 'aria-labelledby')).toBe(`chart-title-${id}`);
		expect(tag).not.toContain('aria-label=');
	});
	it('names the drawing "Diagram" without a title and without an accTitle', () => {
		const tag = svgTag(diagramHtml(rendered()).drawing);
		expect(attribute(tag, 'aria-label')).toBe('Diagram');
		expect(tag).not.toContain('aria-labelledby');
	});
	it('links the description in the text to the drawing', () => {
		const { drawing, text } = diagramHtml(rendered({ accessible: true }), {
			description: 'Cloud computing feeds big data.',
		});
		const describedBy = attribute(svgTag(drawing), 'aria-describedby');
		expect(describedBy).toBe(`${id}-text`);
		expect(text).toContain(`<p id="${describedBy}">Cloud computing feeds big data.</p>`);
		expect(svgTag(drawing).match(/aria-describedby=/g)).toHaveLength(1);
	});
	it('keeps Mermaid’s accDescr without a description', () => {
		const { drawing, text } = diagramHtml(rendered({ accessible: true }));
		expect(attribute(svgTag(drawing), 'aria-describedby')).toBe(`chart-desc-${id}`);
		expect(text).not.toContain('<p');
	});
	it('does not name the drawing twice', () => {
		for (const options of [{}, { title: 'Map' }, { title: 'Map', description: 'Text' }]) {
			for (const accessible of [false, true]) {
				const tag = svgTag(diagramHtml(rendered({ accessible }), options).drawing);
				expect((tag.match(/\saria-label(?:ledby)?=/g) ?? []).length, JSON.stringify({ options, accessible })).toBe(1);
			}
		}
	});
});

describe('diagramHtml: the text', () => {
	it('is a closed <details> with the default summary and the labels', () => {
		expect(diagramHtml(rendered()).text).toBe(
			'<details class="diagram-text"><summary>Diagram as text</summary><ul class="diagram-labels"><li>Cloud computing</li><li>Big data</li></ul></details>',
		);
	});
	it('has the given summary, escaped', () => {
		expect(diagramHtml(rendered(), { textLabel: 'Fig. 2 <map> as text' }).text).toContain(
			'<summary>Fig. 2 &lt;map&gt; as text</summary>',
		);
	});
	it('puts the description before the labels', () => {
		expect(diagramHtml(rendered(), { description: 'Two technologies.' }).text).toBe(
			`<details class="diagram-text"><summary>Diagram as text</summary><p id="${id}-text">Two technologies.</p><ul class="diagram-labels"><li>Cloud computing</li><li>Big data</li></ul></details>`,
		);
	});
	it('has no list when the diagram has no labels', () => {
		expect(diagramHtml(rendered({ labels: [] })).text).toBe(
			'<details class="diagram-text"><summary>Diagram as text</summary></details>',
		);
	});
	it('is never open', () => {
		const { text } = diagramHtml(rendered(), { title: 'Map', description: 'Text', textLabel: 'Fig. 1 as text' });
		expect(text.startsWith('<details class="diagram-text">')).toBe(true);
		expect(text).not.toMatch(/<details[^>]*\sopen/);
	});
	it('escapes HTML in the description', () => {
		const { text } = diagramHtml(rendered(), { description: 'Use <b>x</b> & "y"' });
		expect(text).toContain(`<p id="${id}-text">Use &lt;b&gt;x&lt;/b&gt; &amp; &quot;y&quot;</p>`);
		expect(text).not.toContain('<b>');
	});
	it('escapes HTML in labels', () => {
		const { text } = diagramHtml(rendered({ labels: ['<p>&lt;b&gt;x&lt;/b&gt;</p>', '<p>R&amp;D</p>'] }));
		expect(text).toContain('<li>&lt;b&gt;x&lt;/b&gt;</li><li>R&amp;D</li>');
		expect(text).not.toContain('<b>');
	});
});

describe('escapeHtml', () => {
	it('escapes & < > "', () => {
		expect(escapeHtml('a & b < c > d "e"')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot;');
	});
	it('escapes & first, so entities are not half-escaped', () => {
		expect(escapeHtml('&lt;')).toBe('&amp;lt;');
	});
	it('leaves other text alone', () => {
		expect(escapeHtml('“Internet +” 2016')).toBe('“Internet +” 2016');
	});
});
