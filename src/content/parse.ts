import type { Code, Nodes, Root } from 'mdast';
import type {
	MdxJsxAttribute,
	MdxJsxExpressionAttribute,
	MdxJsxFlowElement,
	MdxJsxTextElement,
} from 'mdast-util-mdx-jsx';
import { toString } from 'mdast-util-to-string';
import type { Element, Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import remarkSmartypants from 'remark-smartypants';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { Problem } from './problem.ts';

/** A place in a file: 1-based line and column. */
export interface Place {
	line: number;
	column: number;
}

/** An element written in a body: an MDX component or tag (`jsx`), or raw HTML in a .md file (`html`). */
export interface ElementUse extends Place {
	name: string;
	source: 'jsx' | 'html';
	attributes: AttributeUse[];
}
/** An attribute: its literal value, or `expression` when written as `{…}` (or `{...spread}`). */
export interface AttributeUse {
	name: string;
	value?: string;
	/** The source of a `{…}` value, or of a `{...spread}` (whose name is then "..."). */
	expression?: string;
}
export interface FigureUse extends Place {
	component: 'Figure' | 'FigureRef';
	/** The literal id; undefined when it is missing or written as an expression. */
	id?: string;
	/** The id is written as an expression (`id={…}`). */
	expression?: boolean;
}
export interface HeadingUse extends Place {
	depth: number;
	text: string;
}
/** A link target as written: a Markdown link, a reference definition, or an `<a href>`. */
export interface LinkUse extends Place {
	url: string;
	form: 'markdown' | 'reference' | 'html';
}
/** Something the page would load: an image source, as written. */
export interface LoadUse extends Place {
	url: string;
	what: string;
}
/** Code in a body: an ESM import/export, or a `{…}` expression outside an attribute. */
export interface CodeUse extends Place {
	kind: 'esm' | 'expression';
	value: string;
}
export interface MermaidBlock extends Place {
	/** The diagram source (the block's content). `line` is the line of its first source line. */
	source: string;
}

/** What the rules and the model need to know of a body, each with its place in the file. */
export interface BodyFacts {
	elements: ElementUse[];
	figureUses: FigureUse[];
	headings: HeadingUse[];
	links: LinkUse[];
	loads: LoadUse[];
	code: CodeUse[];
	mermaid: MermaidBlock[];
	/** The readable text: one paragraph (or heading, or list item) per line, no markup or code. */
	text: string;
	/** The citable passages: the body's own paragraphs and the items of its lists, in order. */
	passages: PassageSource[];
}

/** A citable passage as written: a paragraph of the body, or an item of a list of the body. */
export interface PassageSource extends Place {
	kind: 'paragraph' | 'item';
	/** Its readable text on one line (as `text` reads it), which the passage registry records. */
	text: string;
}

export const emptyFacts = (): BodyFacts => ({
	elements: [],
	figureUses: [],
	headings: [],
	links: [],
	loads: [],
	code: [],
	mermaid: [],
	text: '',
	passages: [],
});

// Typographic quotes, dashes and ellipses as Astro's Markdown pipeline sets them (its
// `smartypants` default), so a passage's registered words, a heading's text and the
// model's titles are the words the reader sees.
const mdxParser = unified().use(remarkParse).use(remarkMdx).use(remarkGfm).use(remarkSmartypants);
const mdParser = unified().use(remarkParse).use(remarkGfm).use(remarkSmartypants);

/**
 * Parses a body (frontmatter blanked out, so positions are the file's) with the parser the
 * build uses: MDX for .mdx, Markdown for .md. A syntax error becomes a problem at its place.
 */
export function parseBody(text: string, file: string, kind: 'mdx' | 'md'): { tree?: Root; problems: Problem[] } {
	try {
		const parser = kind === 'mdx' ? mdxParser : mdParser;
		return { tree: parser.runSync(parser.parse(text)) as Root, problems: [] };
	} catch (error) {
		const place = error as { reason?: string; message?: string; line?: number; column?: number };
		const reason = (place.reason ?? place.message ?? String(error)).replace(/\s+/g, ' ');
		return {
			problems: [
				{
					file,
					line: place.line ?? undefined,
					column: place.column ?? undefined,
					message: `the MDX cannot be read: ${reason}`,
					fix: 'close every tag (<X>…</X> or <X />), and write a literal {, } or < as \\{, \\} or &lt;',
				},
			],
		};
	}
}

const isJsx = (node: Nodes): node is MdxJsxFlowElement | MdxJsxTextElement =>
	node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement';

/** Collects every fact of a parsed body in one walk. */
export function factsOf(tree: Root): BodyFacts {
	const facts = emptyFacts();
	visit(tree, (node: Nodes) => {
		const place = placeOf(node);
		switch (node.type) {
			case 'heading':
				facts.headings.push({ ...place, depth: node.depth, text: toString(node) });
				break;
			case 'link':
				facts.links.push({ ...place, url: node.url, form: 'markdown' });
				break;
			case 'definition':
				facts.links.push({ ...place, url: node.url, form: 'reference' });
				break;
			case 'image':
				facts.loads.push({ ...place, url: node.url, what: 'an image' });
				break;
			case 'code':
				if (isMermaid(node)) facts.mermaid.push({ line: place.line + 1, column: 1, source: node.value });
				break;
			case 'html':
				for (const element of htmlElements(node.value, place)) addElement(facts, element);
				break;
			case 'mdxjsEsm':
				facts.code.push({ ...place, kind: 'esm', value: node.value });
				break;
			case 'mdxFlowExpression':
			case 'mdxTextExpression':
				facts.code.push({ ...place, kind: 'expression', value: node.value });
				break;
			default:
				if (isJsx(node))
					addElement(facts, {
						...place,
						name: node.name ?? '',
						source: 'jsx',
						attributes: node.attributes.map(attributeOf),
					});
		}
	});
	facts.text = plainText(tree);
	facts.passages = passagesOf(tree);
	return facts;
}

/**
 * The body's citable passages, in the order the rehype plugin meets them: its own
 * paragraphs, and each item of its own lists (a nested list is part of its item). Text
 * inside components, quotes or tables is not a passage of the thesis.
 */
function passagesOf(tree: Root): PassageSource[] {
	const passages: PassageSource[] = [];
	const add = (kind: PassageSource['kind'], node: Nodes, text: string) =>
		passages.push({ ...placeOf(node), kind, text: text.replace(/\s+/g, ' ').trim() });
	for (const node of tree.children) {
		if (node.type === 'paragraph') add('paragraph', node, readableText(node));
		else if (node.type === 'list') for (const item of node.children) add('item', item, readableText(item));
	}
	return passages;
}

function addElement(facts: BodyFacts, element: ElementUse) {
	facts.elements.push(element);
	if (element.name === 'Figure' || element.name === 'FigureRef') {
		const id = element.attributes.find((a) => a.name === 'id');
		facts.figureUses.push({
			line: element.line,
			column: element.column,
			component: element.name,
			id: id?.expression === undefined ? id?.value : undefined,
			expression: id?.expression !== undefined,
		});
	}
	for (const attribute of element.attributes) {
		if (attribute.value === undefined) continue;
		if (attribute.name === 'href')
			facts.links.push({ line: element.line, column: element.column, url: attribute.value, form: 'html' });
		if (
			['src', 'srcset', 'poster', 'data', 'action', 'formaction', 'background'].includes(attribute.name.toLowerCase())
		) {
			facts.loads.push({
				line: element.line,
				column: element.column,
				url: attribute.value,
				what: `<${element.name} ${attribute.name}>`,
			});
		}
	}
}

function attributeOf(attribute: MdxJsxAttribute | MdxJsxExpressionAttribute): AttributeUse {
	if (attribute.type === 'mdxJsxExpressionAttribute') return { name: '...', expression: attribute.value };
	const value = attribute.value;
	if (value === null || value === undefined) return { name: attribute.name, value: '' };
	if (typeof value === 'string') return { name: attribute.name, value };
	return { name: attribute.name, expression: value.value };
}

/** Elements of a raw HTML node in a .md file, with their lines in the file. */
function htmlElements(html: string, start: Place): ElementUse[] {
	const found: ElementUse[] = [];
	const tree: HastRoot = fromHtml(html, { fragment: true });
	visit(tree, 'element', (element: Element) => {
		const offset = element.position?.start;
		const line = start.line + (offset ? offset.line - 1 : 0);
		const column = offset && offset.line > 1 ? offset.column : start.column + (offset ? offset.column - 1 : 0);
		const attributes = Object.entries(element.properties).map(([name, value]) => ({
			name: htmlName(name),
			value: Array.isArray(value) ? value.join(' ') : String(value),
		}));
		found.push({ line, column, name: element.tagName, source: 'html', attributes });
	});
	return found;
}

/** hast's property names back to HTML attribute names (onClick → onclick, className → class). */
function htmlName(property: string): string {
	if (property === 'className') return 'class';
	if (property === 'htmlFor') return 'for';
	return property
		.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)
		.replace(/^on-/, 'on')
		.replace(/^(on[a-z]+)-/, '$1');
}

function isMermaid(node: Code): boolean {
	return node.lang === 'mermaid';
}

function placeOf(node: Nodes): Place {
	return { line: node.position?.start.line ?? 1, column: node.position?.start.column ?? 1 };
}

/** The text a reader sees in a node: no code, components' own output or link targets. */
function readableText(node: Nodes): string {
	switch (node.type) {
		case 'text':
			return node.value;
		case 'inlineCode':
			return node.value;
		case 'image':
			return node.alt ?? '';
		case 'break':
			return '\n';
		case 'code':
		case 'html':
		case 'mdxjsEsm':
		case 'mdxFlowExpression':
		case 'mdxTextExpression':
			return '';
		// An item's blocks (paragraphs, a nested list) are read one after another.
		case 'list':
		case 'listItem':
			return node.children.map(readableText).join(' ');
		default:
			return 'children' in node ? (node.children as Nodes[]).map(readableText).join('') : '';
	}
}

/** Blocks whose text is read as one line: a paragraph, a heading, a table cell. */
const blocks = new Set(['paragraph', 'heading', 'tableCell']);

/**
 * The readable text of a body, as concept mentions are found in it: one block per line
 * (soft line breaks kept, as the source wraps), without code, components' own output or
 * link targets; the text inside tags (`<span>…</span>`) and link texts stays.
 */
export function plainText(tree: Root): string {
	const lines: string[] = [];
	visit(tree, (node: Nodes) => {
		if (node.type === 'code' || node.type === 'html') return 'skip';
		if (!blocks.has(node.type)) return undefined;
		lines.push(readableText(node));
		return 'skip';
	});
	return lines.map((line) => line.replace(/\(\s*\)/g, '').replace(/[ \t]+/g, ' ')).join('\n');
}
