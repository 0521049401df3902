import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';

const heading = /^h([1-6])$/;

/**
 * A page body's headings moved below the heading of the section that shows it. Bodies are
 * written for their own page, where `##` sits just below the page's <h1>; where the full
 * text shows a body inside an <h3> section, its `##` becomes an <h4>, and so on (never
 * past <h6>). The body as HTML in, as HTML out; bodies without headings are returned as
 * they are.
 */
export function shiftHeadings(html: string, sectionLevel: number): string {
	if (!/<h[1-6][\s>]/i.test(html)) return html;
	const tree: Root = fromHtml(html, { fragment: true });
	const by = sectionLevel - 1;
	visit(tree, 'element', (node) => {
		const match = heading.exec(node.tagName);
		if (match) node.tagName = `h${Math.min(6, Number(match[1]) + by)}`;
	});
	return toHtml(tree);
}
