import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

const labelClasses = new Set(['nodeLabel', 'edgeLabel', 'cluster-label', 'label']);

/**
 * The text labels of a rendered Mermaid diagram (nodes, groups and edges), in drawing
 * order without repeats. Search indexes skip <svg>, so the page repeats these as text.
 */
export function diagramLabels(svg: string): string[] {
	const labels: string[] = [];
	visit(fromHtml(svg, { fragment: true }), 'element', (node: Element) => {
		const classes = node.properties.className;
		if (!Array.isArray(classes) || !classes.some((c) => labelClasses.has(String(c)))) return;
		const text = toText(node).replace(/\s+/g, ' ').trim();
		if (text && !labels.includes(text)) labels.push(text);
		// The whole label is taken: its nested parts are not labels of their own.
		return SKIP;
	});
	return labels;
}
