import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { readFileSync } from 'node:fs';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { sanitizeDiagram } from '../diagrams/svg-sanitizer.ts';

/** A flowchart as Mermaid drew it for this site (Fig. 2 of the thesis), as the render cache kept it. */
const fixture = readFileSync(new URL('./fixtures/mermaid-flowchart.svg', import.meta.url), 'utf8').trim();

const clean = (svg: string): string => toHtml(sanitizeDiagram(fromHtml(svg, { fragment: true })));

/** How many elements of each name, and how many attributes in all, a tree has. */
function census(tree: Root): { elements: Record<string, number>; attributes: number } {
	const elements: Record<string, number> = {};
	let attributes = 0;
	visit(tree, 'element', (node: Element) => {
		elements[node.tagName] = (elements[node.tagName] ?? 0) + 1;
		attributes += Object.keys(node.properties).length;
	});
	return { elements, attributes };
}

const svg = (inner: string) =>
	`<svg id="d" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><g class="root">${inner}</g></svg>`;

describe('sanitizeDiagram on a real Mermaid drawing', () => {
	const before = fromHtml(fixture, { fragment: true });
	const after = sanitizeDiagram(fromHtml(fixture, { fragment: true }));

	it('the fixture is a drawing with markers, styles, filters and HTML labels', () => {
		const { elements } = census(before);
		for (const name of ['svg', 'style', 'marker', 'path', 'rect', 'foreignObject', 'span', 'filter'])
			expect(elements[name], name).toBeGreaterThan(0);
	});
	it('keeps every element and every attribute', () => {
		expect(census(after)).toEqual(census(before));
	});
	it('keeps the style sheet, the labels and the ids', () => {
		expect(toHtml(after)).toBe(toHtml(before));
		expect(toText(after)).toBe(toText(before));
	});
});

describe('sanitizeDiagram drops what runs or loads', () => {
	it('drops <script> with its content', () => {
		const out = clean(svg('<script>alert(1)</script><rect width="5" height="5"></rect>'));
		expect(out).not.toMatch(/script|alert/i);
		expect(out).toContain('<rect width="5" height="5"></rect>');
	});
	it('drops event handler attributes', () => {
		const out = clean(
			svg(
				'<rect onload="alert(1)" onclick="alert(2)" width="5"></rect><foreignObject><div onmouseover="alert(3)">x</div></foreignObject>',
			),
		);
		expect(out).not.toMatch(/\son\w+=|alert/i);
		expect(out).toContain('<rect width="5"></rect>');
	});
	it('drops <image> and <img> that load from another host', () => {
		const out = clean(
			svg(
				'<image href="http://example.org/x.png"></image><foreignObject><div><img src="https://example.org/y.png"></div></foreignObject>',
			),
		);
		expect(out).not.toMatch(/<image|<img|example\.org/i);
	});
	it('drops links, javascript: ones first of all, keeping their text', () => {
		const out = clean(
			svg('<a href="javascript:alert(1)"><text>label</text></a><a xlink:href="https://example.org/">other</a>'),
		);
		expect(out).not.toMatch(/<a\b|href|javascript:|example\.org/i);
		expect(out).toContain('<text>label</text>');
	});
	it('drops <use>, <iframe> and CSS that reaches outside the drawing', () => {
		const out = clean(
			svg(
				'<use href="http://example.org/s.svg#x"></use><foreignObject><iframe src="https://example.org/"></iframe></foreignObject>' +
					'<rect style="fill: url(https://example.org/p.svg#g)"></rect><rect fill="url(#d-gradient)"></rect><style>@import url(https://example.org/a.css); rect{}</style>',
			),
		);
		expect(out).not.toMatch(/<use|<iframe|example\.org|@import/i);
		expect(out).toContain('<rect fill="url(#d-gradient)"></rect>');
	});
	it('makes Mermaid’s <p> labels block spans, with one class attribute', () => {
		const out = clean(
			svg('<foreignObject><div><span class="nodeLabel"><p>Cloud</p><p class="x">Data</p></span></div></foreignObject>'),
		);
		expect(out).toContain(
			'<span class="nodeLabel"><span class="label-paragraph">Cloud</span><span class="label-paragraph x">Data</span></span>',
		);
	});
});
