import { describe, expect, it } from 'vitest';
import { diagramLabels } from '../diagrams/labels.ts';

/** A node as Mermaid draws it with HTML labels. */
function node(label: string): string {
	return `<g class="node default"><rect class="basic label-container"></rect><g class="label"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" style="display: table;"><span class="nodeLabel">${label}</span></div></foreignObject></g></g>`;
}

/** An edge label as Mermaid draws it. */
function edge(label: string): string {
	return `<g class="edgeLabel"><g class="label" data-id="L_A_B_0"><foreignObject><div xmlns="http://www.w3.org/1999/xhtml" class="labelBkg"><span class="edgeLabel">${label}</span></div></foreignObject></g></g>`;
}

function svg(...parts: string[]): string {
	return `<svg id="diagram-bbdbf4d4114b" xmlns="http://www.w3.org/2000/svg"><style>#diagram-bbdbf4d4114b .nodeLabel{color:#333;}</style><g class="root">${parts.join('')}</g></svg>`;
}

describe('diagramLabels', () => {
	it('reads node, edge and group labels in drawing order', () => {
		const drawing = svg(
			'<g class="cluster-label"><foreignObject><div><span class="nodeLabel"><p>Terminal</p></span></div></foreignObject></g>',
			edge('<p>years of accumulation</p>'),
			node('<p>Cloud computing</p>'),
			node('<p>Big data</p>'),
		);
		expect(diagramLabels(drawing)).toEqual(['Terminal', 'years of accumulation', 'Cloud computing', 'Big data']);
	});
	it('reads a cluster-label element', () => {
		expect(diagramLabels(svg('<div class="cluster-label">Dynamics</div>'))).toEqual(['Dynamics']);
	});
	it('reads SVG text labels (htmlLabels off)', () => {
		expect(
			diagramLabels(
				svg('<text class="label" x="0" y="0"><tspan class="text-outer-tspan">Internet plus</tspan></text>'),
			),
		).toEqual(['Internet plus']);
	});
	it('reads a class among others', () => {
		expect(diagramLabels(svg('<span class="nodeLabel markdown-node-label">Mobile internet</span>'))).toEqual([
			'Mobile internet',
		]);
	});
	it('strips inner tags', () => {
		expect(diagramLabels(svg(node('<p>Cloud <strong>computing</strong> and <em>big</em> data</p>')))).toEqual([
			'Cloud computing and big data',
		]);
	});
	it('keeps the text after an inline <span> in a label (Mermaid 12.3 output for A["Cloud <span style=\'color:red\'>computing</span> rocks"])', () => {
		const drawing = svg(node('<p>Cloud <span style="color:red">computing</span> rocks</p>'), node('<p>Big data</p>'));
		expect(diagramLabels(drawing)).toEqual(['Cloud computing rocks', 'Big data']);
	});
	it('turns a line break into a space', () => {
		expect(diagramLabels(svg(node('<p>Internet<br>of things</p>')))).toEqual(['Internet of things']);
	});
	it('decodes entities', () => {
		expect(
			diagramLabels(
				svg(
					node(
						'<p>R&amp;D &quot;plus&quot; O&#39;Reilly &#8220;Internet +&#8221; &#x2013; &lt;b&gt;&apos;s&nbsp;end</p>',
					),
				),
			),
		).toEqual(['R&D "plus" O\'Reilly “Internet +” – <b>\'s end']);
	});
	it('decodes &amp; once, not twice', () => {
		expect(diagramLabels(svg(node('<p>&amp;lt;tag&amp;gt; &amp;amp;</p>')))).toEqual(['&lt;tag&gt; &amp;']);
	});
	it('collapses whitespace', () => {
		expect(
			diagramLabels(svg(node('<p>\n\t  Construction   of\n new\u00a0information   infrastructure  </p>'))),
		).toEqual(['Construction of new information infrastructure']);
	});
	it('skips empty labels', () => {
		expect(diagramLabels(svg(edge(''), edge('<p>  </p>'), node('<p>&nbsp;</p>'), node('<p>Big data</p>')))).toEqual([
			'Big data',
		]);
	});
	it('keeps the first of repeated labels, in first-seen order', () => {
		expect(
			diagramLabels(svg(node('<p>B</p>'), node('<p>A</p>'), node('<p>B</p>'), edge('<p>A</p>'), node('<p>C</p>'))),
		).toEqual(['B', 'A', 'C']);
	});
	it('treats labels equal after normalisation as repeats', () => {
		expect(diagramLabels(svg(node('<p>Big  data</p>'), node('<p>Big\ndata</p>')))).toEqual(['Big data']);
	});
	it('ignores other elements and the style sheet', () => {
		expect(
			diagramLabels(
				svg(
					'<span class="other">Not a label</span>',
					'<rect class="basic label-container"></rect>',
					'<div class="labelBkg"></div>',
				),
			),
		).toEqual([]);
	});
	it('returns nothing for a drawing without labels', () => {
		expect(diagramLabels('<svg id="x"><g class="root"></g></svg>')).toEqual([]);
	});
});
