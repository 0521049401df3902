import type { Element, Root } from 'hast';
import { sanitize, type Schema } from 'hast-util-sanitize';
import { visit } from 'unist-util-visit';

/** What a Mermaid drawing is made of: shapes, markers, filters, HTML labels, its own <style>. */
const drawingElements = [
	'svg',
	'g',
	'defs',
	'style',
	'title',
	'desc',
	'marker',
	'symbol',
	'path',
	'rect',
	'circle',
	'ellipse',
	'line',
	'polyline',
	'polygon',
	'text',
	'tspan',
	'linearGradient',
	'radialGradient',
	'stop',
	'clipPath',
	'mask',
	'pattern',
	'filter',
	'feDropShadow',
	'feGaussianBlur',
	'feOffset',
	'feFlood',
	'feComposite',
	'feMerge',
	'feMergeNode',
	'feBlend',
	'feColorMatrix',
	// HTML labels (flowchart htmlLabels) live in a foreignObject.
	'foreignObject',
	'div',
	'span',
	'p',
	'br',
	'b',
	'strong',
	'i',
	'em',
	'u',
	'sub',
	'sup',
	'code',
];

/** Geometry, paint and text attributes; none of them can load anything or run code. */
const drawingAttributes = [
	'className',
	'id',
	'style',
	'role',
	'ariaHidden',
	'ariaLabel',
	'ariaLabelledBy',
	'ariaDescribedBy',
	'ariaRoleDescription',
	'data*',
	'xmlns',
	'xmlnsXLink',
	'viewBox',
	'preserveAspectRatio',
	'width',
	'height',
	'x',
	'y',
	'x1',
	'y1',
	'x2',
	'y2',
	'cx',
	'cy',
	'r',
	'rx',
	'ry',
	'dx',
	'dy',
	'd',
	'points',
	'transform',
	'refX',
	'refY',
	'markerUnits',
	'markerWidth',
	'markerHeight',
	'orient',
	'markerStart',
	'markerMid',
	'markerEnd',
	'fill',
	'fillOpacity',
	'fillRule',
	'stroke',
	'strokeWidth',
	'strokeOpacity',
	'strokeDasharray',
	'strokeDashoffset',
	'strokeLinecap',
	'strokeLinejoin',
	'strokeMiterlimit',
	'opacity',
	'filter',
	'clipPath',
	'clipPathUnits',
	'mask',
	'filterUnits',
	'stdDeviation',
	'floodColor',
	'floodOpacity',
	'in',
	'in2',
	'result',
	'mode',
	'operator',
	'values',
	'type',
	'gradientUnits',
	'gradientTransform',
	'patternUnits',
	'offset',
	'stopColor',
	'stopOpacity',
	'textAnchor',
	'dominantBaseline',
	'alignmentBaseline',
	'fontFamily',
	'fontSize',
	'fontWeight',
	'fontStyle',
	'textDecoration',
	'lengthAdjust',
	'textLength',
];

/**
 * The kept sanitizer's schema for diagrams: only drawing elements and attributes, so
 * <script>, <image>, <img>, <a>, <use>, <iframe> and every on* handler and href are dropped
 * (an element that is not allowed is removed; <script> with its content). Ids stay as
 * they are: unique-ids.ts already made them unique to the diagram.
 */
const diagramSchema: Schema = {
	tagNames: drawingElements,
	attributes: { '*': drawingAttributes },
	protocols: {},
	strip: ['script'],
	clobber: [],
	allowComments: false,
	allowDoctypes: false,
};

/** A CSS or attribute reference to anything but a part of the same drawing (`url(#id)`). */
const foreignUrl = /url\(\s*(?!['"]?#)|@import|expression\(|javascript:/i;

/**
 * A rendered Mermaid SVG made safe to inline: the sanitized tree, with no CSS or paint
 * reference that loads from elsewhere, and Mermaid's <p> labels (not allowed inside
 * <span>) as block <span class="label-paragraph"> (see mermaid-config.ts).
 */
export function sanitizeDiagram(tree: Root): Root {
	const clean = sanitize(tree, diagramSchema) as Root;
	visit(clean, 'element', (node: Element) => {
		if (
			node.tagName === 'style' &&
			node.children.some((child) => child.type === 'text' && foreignUrl.test(child.value))
		) {
			node.children = [];
		}
		for (const [name, value] of Object.entries(node.properties)) {
			if (foreignUrl.test(Array.isArray(value) ? value.join(' ') : String(value))) delete node.properties[name];
		}
		if (node.tagName === 'p') {
			const classes = Array.isArray(node.properties.className) ? node.properties.className : [];
			node.tagName = 'span';
			node.properties.className = ['label-paragraph', ...classes.filter((name) => name !== 'label-paragraph')];
		}
	});
	return clean;
}
