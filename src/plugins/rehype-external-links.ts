import type { Root } from 'hast';
import { visit } from 'unist-util-visit';

/**
 * Marks links to other sites with rel="noopener noreferrer": the other site gets neither a
 * handle on this page nor the address the reader came from.
 */
export function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, 'element', (node) => {
			const href = node.properties.href;
			if (node.tagName !== 'a' || typeof href !== 'string' || !/^(https?:)?\/\//i.test(href)) return;
			const rel = new Set([...(Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : []), 'noopener', 'noreferrer']);
			node.properties.rel = [...rel];
		});
	};
}
