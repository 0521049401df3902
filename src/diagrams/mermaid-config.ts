import type { MermaidConfig } from 'mermaid';

/**
 * Diagram colours are CSS custom properties of the page (see global.css), so one SVG
 * follows the site's theme — the system setting and the toggle alike — with no second
 * render. Mermaid lays out with its 'base' theme; these rules only repaint.
 */
const themeCSS = `
.node rect, .node polygon, .node circle, .node ellipse, .node path { fill: var(--diagram-node-fill) !important; stroke: var(--diagram-node-stroke) !important; }
.cluster rect { fill: var(--diagram-cluster-fill) !important; stroke: var(--diagram-cluster-stroke) !important; }
.flowchart-link, .edgePath .path, .relation { stroke: var(--diagram-line) !important; }
marker path, .marker, .arrowheadPath { fill: var(--diagram-line) !important; stroke: var(--diagram-line) !important; }
text, .label text { fill: var(--diagram-text) !important; }
.nodeLabel, .cluster-label, .label, .edgeLabel, span, p { color: var(--diagram-text) !important; }
.label-paragraph { display: block; margin: 0; }
.edgeLabel, .edgeLabel p, .edgeLabel .label-paragraph, .edgeLabel rect, .labelBkg { background-color: var(--diagram-label-bg) !important; fill: var(--diagram-label-bg) !important; }
`;

/**
 * How every diagram is rendered. 'strict' security: diagram source cannot inject markup
 * or scripts. Part of the render cache key, so changing it re-renders every diagram.
 */
export const mermaidConfig: MermaidConfig = {
	startOnLoad: false,
	securityLevel: 'strict',
	theme: 'base',
	themeCSS,
	// Mermaid measures labels in Arial; Liberation Sans has the same metrics.
	fontFamily: 'arial, "Liberation Sans", sans-serif',
	flowchart: { htmlLabels: true, curve: 'basis' },
};
