import type { Element, Root } from 'hast';
import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { loadPassageIds } from '../model/passage-registry';
import { passageAnchor, type PassageId } from '../model/passage-ids';
import { paths } from '../model/routes';

export interface PassageLinkOptions {
	contentDir: string;
	/** The site's base path, for the passages' permanent addresses ("/thesis/p/k3f9a/"). */
	base?: string;
	/** Passage ids of a page ("dynamics/x"); by default those the model gives the content. */
	idsOf?: (page: string) => PassageId[] | undefined;
}

/**
 * Makes every citable passage of a page's body (its own paragraphs, and the items of its
 * own lists) an element with the passage's id, given by the model from the passage
 * registry, so the same words keep their address through edits. A passage that had a
 * positional id before keeps it answering through an empty element inside it. A "¶"
 * permalink after the text shows on hover and keyboard focus without JavaScript; it is
 * named for screen readers and kept out of search; print styles hide it.
 */
export function rehypePassageLinks(options: PassageLinkOptions) {
	const contentDir = resolve(options.contentDir);
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const idsOf = options.idsOf ?? ((page: string) => loadPassageIds(options.contentDir)?.byPage.get(page));

	return (tree: Root, file: VFile) => {
		const path = relative(contentDir, resolve(file.path));
		if (path.startsWith('..')) return;
		const ids = idsOf(
			path
				.split(sep)
				.join('/')
				.replace(/\.mdx?$/, ''),
		);
		if (!ids) return;
		const passages = citableElements(tree);
		// The model reads the same body with the same parser; a difference is a bug, not an editor's mistake.
		if (passages.length !== ids.length)
			throw new Error(
				`${file.path}: the page has ${passages.length} passages but the model found ${ids.length}; delete .astro/ and node_modules/.astro and build again`,
			);
		passages.forEach((element, i) => markPassage(element, ids[i], base));
	};
}

/** The body's own paragraphs and the items of its own lists, in order. */
function citableElements(tree: Root): Element[] {
	const found: Element[] = [];
	for (const node of tree.children) {
		if (node.type !== 'element') continue;
		if (node.tagName === 'p') found.push(node);
		else if (node.tagName === 'ul' || node.tagName === 'ol')
			found.push(...node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'li'));
	}
	return found;
}

function markPassage(element: Element, { id, alias, label }: PassageId, base: string) {
	const anchor = passageAnchor(id);
	element.properties.id = anchor;
	element.properties.className = ['passage'];
	if (alias) element.children.unshift(aliasTarget(alias));
	// In a loose list an item's text is in paragraphs: the "¶" follows the last one's text.
	const paragraphs = element.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
	const holder = element.tagName === 'li' ? (paragraphs.at(-1) ?? element) : element;
	holder.children.push({ type: 'text', value: ' ' }, permalink(anchor, label, `${base}${paths.passage(id).slice(1)}`));
}

/** An old address of the passage: an empty element inside it, so following the old link lands on it. */
export function aliasTarget(alias: string): Element {
	return { type: 'element', tagName: 'span', properties: { id: alias, className: ['passage-alias'] }, children: [] };
}

/** The "¶" link: to the passage on this page; with JavaScript, following it copies its permanent address. */
function permalink(anchor: string, name: string, permanent: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: {
			href: `#${anchor}`,
			className: ['passage-link'],
			ariaLabel: name,
			dataPermanent: permanent,
			dataPagefindIgnore: '',
		},
		children: [{ type: 'text', value: '¶' }],
	};
}
