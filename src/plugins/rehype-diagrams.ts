import type { Element, ElementContent, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { diagramHtml } from '../diagrams/diagram-html.ts';
import { DiagramError, diagramService } from '../diagrams/diagram-service.ts';

interface Block {
	pre: Element;
	parent: { children: (ElementContent | Root['children'][number])[] };
	source: string;
}

/**
 * Replaces each ```mermaid code block of a Markdown or MDX page with its drawing, made at
 * build time (no Mermaid JavaScript reaches the browser). A diagram Mermaid cannot draw
 * fails the build at its file and line.
 */
export function rehypeDiagrams() {
	return async (tree: Root, file: VFile) => {
		const blocks: Block[] = [];
		visit(tree, 'element', (node, _index, parent) => {
			const code =
				node.tagName === 'pre'
					? node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'code')
					: undefined;
			const classes = code?.properties.className;
			if (!code || !parent || !Array.isArray(classes) || !classes.includes('language-mermaid')) return;
			blocks.push({ pre: node, parent, source: toText(code, { whitespace: 'pre' }) });
		});
		if (blocks.length === 0) return;

		const results = await diagramService().renderAll(blocks.map((block) => block.source));
		blocks.forEach((block, i) => {
			const result = results[i];
			if (result instanceof DiagramError) {
				const fenceLine = block.pre.position?.start.line ?? 0;
				file.fail(`Mermaid cannot draw this diagram: ${result.message}`, {
					place: { line: fenceLine + (result.line ?? 1), column: 1 },
					source: 'thesis-site',
					ruleId: 'mermaid',
				});
			}
			const { drawing, text } = diagramHtml(result);
			const diagram: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: ['diagram'] },
				children: fromHtml(drawing + text, { fragment: true }).children as ElementContent[],
			};
			block.parent.children.splice(block.parent.children.indexOf(block.pre), 1, diagram);
		});
	};
}
