import type { Element, ElementContent, Parent, Root, Text } from 'hast';
import { basename, resolve, sep } from 'node:path';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { createConceptMatcher } from '../concepts/matcher.ts';
import { paths } from '../model/routes.ts';
import { readConcepts } from '../concepts/read-concepts.ts';

export interface ConceptLinkOptions {
	contentDir: string;
	/** Collections (folders of content/) whose pages get concept links. */
	collections: string[];
	/** The site's base path, e.g. "/" or "/thesis/". */
	base: string;
}

/** Never link inside these: headings, links, code, figures and their drawings. */
const skipped = new Set([
	'a',
	'h1',
	'h2',
	'h3',
	'h4',
	'h5',
	'h6',
	'code',
	'pre',
	'figure',
	'figcaption',
	'svg',
	'script',
	'style',
	'details',
]);

/**
 * Links the first mention of each concept in every section of a page (a section starts at
 * each heading) to the concept's page, with its definition as a preview that shows on
 * hover and keyboard focus without JavaScript and is announced as the link's description.
 * A page opts out with `conceptLinks: false`; one passage with data-concept-link="off".
 */
export function rehypeConceptLinks(options: ConceptLinkOptions) {
	const concepts = readConcepts(options.contentDir);
	const definitions = new Map(concepts.map((c) => [c.id, c.definition]));
	const match = createConceptMatcher(concepts.map((c) => ({ id: c.id, names: [c.term, ...c.aliases] })));
	const folders = options.collections.map((name) => `${resolve(options.contentDir, name)}${sep}`);

	return (tree: Root, file: VFile) => {
		const path = resolve(file.path);
		if (!folders.some((folder) => path.startsWith(folder))) return;
		const frontmatter = (file.data.astro as { frontmatter?: { conceptLinks?: boolean } } | undefined)?.frontmatter;
		if (frontmatter?.conceptLinks === false) return;

		let linked = new Set<string>();
		let count = 0;
		// Ids stay unique when several pages are shown on one (the full-text view).
		const idPrefix = `concept-tip-${basename(path).replace(/\.mdx?$/, '')}`;
		visit(tree, (node, index, parent) => {
			if (node.type === 'element' && /^h[2-6]$/.test(node.tagName)) linked = new Set();
			if (isSkipped(node)) return SKIP;
			if (node.type !== 'text' || !parent || index === undefined) return;
			const parts = linkMentions(node, match, linked, (id, text) =>
				mention(id, text, definitions.get(id) ?? '', `${idPrefix}-${++count}`, options.base),
			);
			if (!parts) return;
			(parent as Parent).children.splice(index, 1, ...parts);
			return [SKIP, index + parts.length];
		});
	};
}

function isSkipped(node: Root | Root['children'][number] | ElementContent): boolean {
	if (node.type === 'element') return skipped.has(node.tagName) || node.properties.dataConceptLink === 'off';
	// MDX components (<Figure />, <FigureRef />) keep their own text; hast's types do not
	// list MDX's JSX nodes, hence the plain string test.
	return (node.type as string).startsWith('mdxJsx');
}

/** The text split around the first new mention of each concept, or undefined if none. */
function linkMentions(
	node: Text,
	match: ReturnType<typeof createConceptMatcher>,
	linked: Set<string>,
	render: (id: string, text: string) => Element,
): ElementContent[] | undefined {
	const parts: ElementContent[] = [];
	let cursor = 0;
	for (const found of match(node.value)) {
		if (linked.has(found.id) || found.index < cursor) continue;
		linked.add(found.id);
		if (found.index > cursor) parts.push({ type: 'text', value: node.value.slice(cursor, found.index) });
		parts.push(render(found.id, found.text));
		cursor = found.index + found.text.length;
	}
	if (parts.length === 0) return undefined;
	if (cursor < node.value.length) parts.push({ type: 'text', value: node.value.slice(cursor) });
	return parts;
}

function mention(id: string, text: string, definition: string, tipId: string, base: string): Element {
	return {
		type: 'element',
		tagName: 'span',
		properties: { className: ['concept-mention'] },
		children: [
			{
				type: 'element',
				tagName: 'a',
				properties: {
					href: `${base.replace(/\/$/, '')}${paths.concept(id)}`,
					className: ['concept-link'],
					ariaDescribedBy: [tipId],
				},
				children: [{ type: 'text', value: text }],
			},
			{
				type: 'element',
				tagName: 'span',
				properties: { id: tipId, role: 'tooltip', className: ['concept-tip'], dataPagefindIgnore: '' },
				children: [{ type: 'text', value: definition }],
			},
		],
	};
}
