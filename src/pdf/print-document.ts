import type { Element, ElementContent, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

export interface PrintDocumentOptions {
	/** The thesis's title, abstract and keywords, for the cover. */
	title: string;
	abstract: string[];
	keywords: string[];
	/** The site's base path ("/" or "/thesis/"): links that start with it are the site's. */
	base: string;
	/** Where the site is published, for links that lead out of the PDF (e.g. "https://example.org/thesis/"). */
	siteUrl: string;
	/** CSS for the cover and contents, added to the page. */
	styles: string;
}

/** Parts of the web page that are for browsing, not for paper. */
const browsingOnly = [
	'site-header',
	'sidebar',
	'site-footer',
	'breadcrumbs',
	'toc-slot',
	'page-header',
	'prev-next',
	'skip-link',
	'page-source',
];

/**
 * The built full-text page made into the PDF edition's document: a cover (title, the
 * edition the page names, abstract, keywords) and a contents list in place of the site's
 * header, navigation and page title; links to pages of the thesis lead to their place
 * inside the PDF, other site links to the site's published address, concept links become
 * plain text; no scripts and no security policy. Also returns the document's headings, as
 * the outline should read them, and its edition ("Edition 2, 3 December 2026") and that
 * edition's date ("2026-12-03") for the PDF's metadata.
 */
export function printDocument(
	html: string,
	options: PrintDocumentOptions,
): { html: string; headings: string[]; edition?: string; date?: string } {
	const tree = fromHtml(html);
	const elements = (test: (node: Element) => boolean) => {
		const found: Element[] = [];
		visit(tree, 'element', (node) => {
			if (test(node)) found.push(node);
		});
		return found;
	};
	const fullText = elements((node) => hasClass(node, 'full-text'))[0];
	if (!fullText)
		throw new Error('the full-text page has no element with class "full-text": the PDF has nothing to show');

	// Where each page of the thesis begins in the full text.
	const sectionOfPage = new Map(
		elements((node) => typeof node.properties.dataPage === 'string').map((node) => [
			String(node.properties.dataPage),
			sectionId(node),
		]),
	);
	const ids = new Set(
		elements((node) => typeof node.properties.id === 'string').map((node) => String(node.properties.id)),
	);
	// The edition the page names where it says where it comes from (PageSource.astro).
	const source = elements((node) => hasClass(node, 'page-source'))[0];
	const named = source && elements((node) => hasClass(node, 'edition') && source.children.includes(node))[0];
	const edition = named ? toText(named).replace(/\s+/g, ' ').trim() : undefined;
	const date = typeof named?.properties.dataDate === 'string' ? named.properties.dataDate : undefined;

	visit(tree, (node, index, parent) => {
		if (!parent || index === undefined || node.type === 'doctype') return;
		if (
			node.type === 'element' &&
			(node.tagName === 'script' ||
				node.tagName === 'dialog' ||
				isSecurityPolicy(node) ||
				browsingOnly.some((name) => hasClass(node, name)))
		) {
			parent.children.splice(index, 1);
			return [SKIP, index];
		}
		// A passage's "¶" stays, empty and hidden by the print styles: Chromium gives each id that a
		// link points at a named destination, so `edition.pdf#p-k3f9a` opens at the passage.
		if (node.type === 'element' && hasClass(node, 'passage-link')) {
			node.children = [];
			return SKIP;
		}
		// A concept mention becomes its words: its link and preview are for the screen.
		if (node.type === 'element' && hasClass(node, 'concept-mention')) {
			const link = node.children.find(
				(child): child is Element => child.type === 'element' && hasClass(child, 'concept-link'),
			);
			parent.children.splice(index, 1, ...(link ? link.children : []));
			return [SKIP, index];
		}
		if (node.type !== 'element' || node.tagName !== 'a') return;
		const href = typeof node.properties.href === 'string' ? node.properties.href : undefined;
		if (href) node.properties.href = linkTarget(href, options, ids, sectionOfPage);
	});

	const abstract = elements(
		(node) =>
			node.tagName === 'section' &&
			node.properties.ariaLabelledBy !== undefined &&
			String(node.properties.ariaLabelledBy) === 'abstract',
	)[0];
	if (abstract) fullText.children.splice(fullText.children.indexOf(abstract), 1);
	fullText.children.unshift(cover(options, abstract, edition), contents(fullText));

	const head = elements((node) => node.tagName === 'head')[0];
	const title = elements((node) => node.tagName === 'title')[0];
	if (title) title.children = [{ type: 'text', value: options.title }];
	head?.children.push({
		type: 'element',
		tagName: 'style',
		properties: {},
		children: [{ type: 'text', value: options.styles }],
	});
	const headings = elements((node) => /^h[1-6]$/.test(node.tagName)).map((node) =>
		toText(node).replace(/\s+/g, ' ').trim(),
	);
	return { html: toHtml(tree), headings, ...(edition ? { edition } : {}), ...(date ? { date } : {}) };
}

/** Where a link of the page points in the PDF: a place inside it, or the published site. */
function linkTarget(
	href: string,
	options: PrintDocumentOptions,
	ids: Set<string>,
	sectionOfPage: Map<string, string | undefined>,
): string {
	if (href.startsWith('#') || /^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('//')) return href;
	if (!href.startsWith(options.base)) return href;
	const [path, fragment] = href.split('#', 2);
	if (fragment && ids.has(fragment)) return `#${fragment}`;
	const section = sectionOfPage.get(path);
	if (section) return `#${section}`;
	return new URL(href.slice(options.base.length), options.siteUrl).href;
}

/** The id of a section's heading (the section is labelled by it). */
function sectionId(section: Element): string | undefined {
	const label = section.properties.ariaLabelledBy;
	return label === undefined ? undefined : String(label);
}

function cover(options: PrintDocumentOptions, abstract: Element | undefined, edition: string | undefined): Element {
	const keywords: ElementContent[] = options.keywords.length
		? [
				element('p', { className: ['pdf-keywords'] }, [
					element('strong', {}, [text('Keywords: ')]),
					text(options.keywords.join('; ')),
				]),
			]
		: [];
	const summary =
		abstract ??
		element('section', {}, [
			element('h2', { id: 'abstract' }, [text('Abstract')]),
			...options.abstract.map((p) => element('p', {}, [text(p)])),
		]);
	return element('section', { className: ['pdf-cover'] }, [
		element('h1', {}, [text(options.title)]),
		...(edition ? [element('p', { className: ['pdf-edition'] }, [text(edition)])] : []),
		summary,
		...keywords,
	]);
}

/** A contents list of the full text's numbered sections, each linked to its place. */
function contents(fullText: Element): Element {
	const items: { level: number; id: string; label: string }[] = [];
	visit(fullText, 'element', (node) => {
		const level = /^h([2-4])$/.exec(node.tagName)?.[1];
		if (level && typeof node.properties.id === 'string')
			items.push({ level: Number(level), id: node.properties.id, label: toText(node).trim() });
	});
	const list = (from: number, level: number): [Element, number] => {
		const children: ElementContent[] = [];
		let i = from;
		while (i < items.length && items[i].level >= level) {
			if (items[i].level > level) {
				const [nested, next] = list(i, items[i].level);
				const last = children.at(-1) as Element | undefined;
				if (last) last.children.push(nested);
				else children.push(element('li', {}, [nested]));
				i = next;
				continue;
			}
			children.push(element('li', {}, [element('a', { href: `#${items[i].id}` }, [text(items[i].label)])]));
			i += 1;
		}
		return [element('ol', {}, children), i];
	};
	const [tree] = list(0, 2);
	return element('nav', { className: ['pdf-contents'], ariaLabelledBy: ['pdf-contents-heading'] }, [
		element('h2', { id: 'pdf-contents-heading' }, [text('Contents')]),
		tree,
	]);
}

/**
 * The page's Content-Security-Policy: it would block the print document's fonts (data:
 * URLs). The print document runs no script and loads only the site's own files.
 */
function isSecurityPolicy(node: Element): boolean {
	return node.tagName === 'meta' && String(node.properties.httpEquiv).toLowerCase() === 'content-security-policy';
}

function hasClass(node: Element, name: string): boolean {
	const classes = node.properties.className;
	return Array.isArray(classes) && classes.includes(name);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
	return { type: 'element', tagName, properties, children };
}

function text(value: string): RootContent & ElementContent {
	return { type: 'text', value };
}
