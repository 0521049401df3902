import type { Element, Root } from 'hast';
import type { MdxJsxAttribute, MdxJsxFlowElementHast, MdxJsxTextElementHast } from 'mdast-util-mdx-jsx';
import { visit } from 'unist-util-visit';

/** An address on another site: with a scheme of the web, or protocol-relative. */
const otherSite = /^(https?:)?\/\//i;

/** rel values that keep the other site from this page and from the reader's address. */
const isolating = ['noopener', 'noreferrer'];

/**
 * Marks links to other sites with rel="noopener noreferrer": the other site gets neither a
 * handle on this page nor the address the reader came from. Markdown links are hast
 * elements; an <a> written as JSX in MDX is an mdxJsx*Element with attributes of its own.
 */
export function rehypeExternalLinks() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'element') markElement(node);
			else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') markJsx(node);
		});
	};
}

function markElement(node: Element): void {
	const href = node.properties.href;
	if (node.tagName !== 'a' || typeof href !== 'string' || !otherSite.test(href)) return;
	const rel = Array.isArray(node.properties.rel) ? node.properties.rel.map(String) : [];
	node.properties.rel = withIsolation(rel);
}

function markJsx(node: MdxJsxFlowElementHast | MdxJsxTextElementHast): void {
	if (node.name !== 'a') return;
	const literal = (name: string) =>
		node.attributes.find(
			(attribute): attribute is MdxJsxAttribute => attribute.type === 'mdxJsxAttribute' && attribute.name === name,
		);
	const href = literal('href')?.value;
	if (typeof href !== 'string' || !otherSite.test(href)) return;
	const rel = literal('rel');
	// A rel written as an expression cannot be read at build time: it is replaced.
	const tokens = typeof rel?.value === 'string' ? rel.value.split(/\s+/).filter(Boolean) : [];
	const value = withIsolation(tokens).join(' ');
	if (rel) rel.value = value;
	else node.attributes.push({ type: 'mdxJsxAttribute', name: 'rel', value });
}

function withIsolation(rel: string[]): string[] {
	return [...new Set([...rel, ...isolating])];
}
