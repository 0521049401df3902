import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';

/**
 * The `<meta property content>` pairs of a page's head (Open Graph and the like), read with
 * an HTML parser: attribute order, quoting and entities do not matter. Only the head is
 * parsed, since a page's body can be long and holds none of them.
 */
export function headMeta(html: string): Map<string, string> {
	const end = html.indexOf('</head>');
	const tree = fromHtml(end === -1 ? html : html.slice(0, end), { fragment: false });
	const found = new Map<string, string>();
	visit(tree, 'element', (node: Element) => {
		if (node.tagName === 'body') return 'skip';
		const { property, content } = node.properties;
		if (node.tagName === 'meta' && typeof property === 'string' && typeof content === 'string' && !found.has(property))
			found.set(property, content);
	});
	return found;
}
