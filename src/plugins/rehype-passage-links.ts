import type { Element, ElementContent, Root } from 'hast';
import { relative, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { referenceText } from '../lib/citation.ts';
import { loadPassageEditions, type PassageEditions } from '../model/passage-editions.ts';
import { loadPassageIds } from '../model/passage-registry.ts';
import { passageAnchor, type PassageId } from '../model/passage-ids.ts';
import { anchors, paths } from '../model/routes.ts';

export interface PassageLinkOptions {
	contentDir: string;
	/** The site's base path, for the passages' permanent addresses ("/thesis/p/k3f9a/"). */
	base?: string;
	/** The site's address, for the absolute address a passage's citation gives. */
	site?: string;
	/** Passage ids of a page ("dynamics/x"); by default those the model gives the content. */
	idsOf?: (page: string) => PassageId[] | undefined;
	/** The editions, for each passage's citation and the last change of its words; by default from the model. */
	editions?: () => PassageEditions | undefined;
}

/**
 * Makes every citable passage of a page's body (its own paragraphs, and the items of its
 * own lists) an element with the passage's id, given by the model from the passage
 * registry, so the same words keep their address through edits. A passage that had a
 * positional id before keeps it answering through an empty element inside it. A "¶"
 * permalink after the text shows on hover and keyboard focus without JavaScript; it is
 * named for screen readers and kept out of search; print styles hide it. A passage whose
 * words changed in an edition says so, with links to the change and to its earlier words;
 * and a passage that is the target of a link shows its citation (its permanent address and
 * the edition), which is otherwise hidden. Both are kept out of search and print.
 */
export function rehypePassageLinks(options: PassageLinkOptions) {
	const contentDir = resolve(options.contentDir);
	const base = (options.base ?? '/').replace(/\/?$/, '/');
	const site = options.site ?? 'http://localhost:4321';
	const idsOf = options.idsOf ?? ((page: string) => loadPassageIds(options.contentDir)?.byPage.get(page));
	const editionsOf = options.editions ?? (() => loadPassageEditions(options.contentDir));

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
		const editions = editionsOf();
		passages.forEach((element, i) => markPassage(element, ids[i], base, site, editions));
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

function markPassage(
	element: Element,
	{ id, alias, label }: PassageId,
	base: string,
	site: string,
	editions: PassageEditions | undefined,
) {
	const anchor = passageAnchor(id);
	const permanent = `${base}${paths.passage(id).slice(1)}`;
	const change = editions?.changes.get(id);
	element.properties.id = anchor;
	element.properties.className = ['passage'];
	if (alias) element.children.unshift(aliasTarget(alias));
	// In a loose list an item's text is in paragraphs: what follows the text goes in the last one.
	const paragraphs = element.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p');
	const holder = element.tagName === 'li' ? (paragraphs.at(-1) ?? element) : element;
	holder.children.push(
		...(change && editions?.current
			? [{ type: 'text', value: ' ' } as const, history(id, change, editions.current.edition, base)]
			: []),
		{ type: 'text', value: ' ' },
		permalink(anchor, label, permanent),
		...(editions ? [citation(id, editions, new URL(permanent, site).href)] : []),
	);
}

/** "Changed in edition 2; edition 1’s words": links to the change and to the words before it. */
function history(id: string, change: { edition?: number; earlier: number }, last: number, base: string): Element {
	const changes = `${base}${paths.changes.slice(1)}`;
	const [when, target] =
		change.edition === undefined
			? [`changed since edition ${last}`, `${changes}#${anchors.unrecordedChange(id)}`]
			: [`changed in edition ${change.edition}`, `${changes}#${anchors.change(change.edition, id)}`];
	return span('passage-history', [
		link(target, when),
		{ type: 'text', value: '; ' },
		link(`${base}${paths.edition(change.earlier).slice(1)}#${passageAnchor(id)}`, `edition ${change.earlier}’s words`),
	]);
}

/** The passage's citation, shown while the passage is the target of a link (passages.css). */
function citation(id: string, editions: PassageEditions, url: string): Element {
	const reference = referenceText({ metadata: editions.metadata, url, edition: editions.current }, `passage ${id}`);
	return span('passage-cite', [{ type: 'text', value: `Cite this passage: ${reference}` }]);
}

function span(className: string, children: ElementContent[]): Element {
	return { type: 'element', tagName: 'span', properties: { className: [className], dataPagefindIgnore: '' }, children };
}

function link(href: string, text: string): Element {
	return { type: 'element', tagName: 'a', properties: { href }, children: [{ type: 'text', value: text }] };
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
