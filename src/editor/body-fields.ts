import { fields, type ComponentSchema } from '@keystatic/core';
import { block, inline, mark, type ContentComponent } from '@keystatic/core/content-components';
import { createElement } from 'react';
import type { BodyKind } from './editor-model.ts';

/*
 * What an editor may put in a body: what the content rules accept (src/content/rules/), and
 * nothing else. Keystatic writes text as text: a typed `{`, `<` or `import` is escaped, so
 * the editor writes no expression, import or raw HTML.
 */

/** How each documented component is offered: Figure as a block of its own, FigureRef inside a sentence. */
const offered: Record<string, { placement: 'block' | 'inline'; label: string }> = {
	Figure: { placement: 'block', label: 'Figure' },
	FigureRef: { placement: 'inline', label: 'Figure reference (“Fig. n”)' },
};

/** What each documented attribute holds: both components take the id of a figure. */
const attributeFields: Record<string, () => ComponentSchema> = {
	id: () => fields.relationship({ label: 'Figure', collection: 'figures', validation: { isRequired: true } }),
};

/** The documented components (src/content/rules/safety.ts) as Keystatic content components. */
export function documentedComponents(components: Record<string, string[]>): Record<string, ContentComponent> {
	return Object.fromEntries(
		Object.entries(components).map(([name, attributes]) => {
			const schema = Object.fromEntries(attributes.map((attribute) => [attribute, fieldOfAttribute(name, attribute)]));
			const how = offered[name];
			if (!how) throw new Error(`the editor does not know how to offer <${name}>: add it in src/editor/body-fields.ts`);
			const component = { label: how.label, schema, ContentView: attributeSummary };
			return [name, how.placement === 'block' ? block(component) : inline(component)];
		}),
	);
}

/** What a placed component shows in the text being edited: its attributes, e.g. "id: data-flow". */
function attributeSummary({ value }: { value: Record<string, unknown> }) {
	const text = Object.entries(value)
		.map(([attribute, given]) => `${attribute}: ${typeof given === 'string' && given ? given : '(choose one)'}`)
		.join(', ');
	return createElement('span', null, text);
}

function fieldOfAttribute(component: string, attribute: string): ComponentSchema {
	const field = attributeFields[attribute];
	if (!field)
		throw new Error(`the editor has no field for <${component} ${attribute}>: add one in src/editor/body-fields.ts`);
	return field();
}

/** `<span data-concept-link="off">…</span>`: keeps one passage's concept mentions unlinked (README). */
const noConceptLink = mark({
	label: 'No concept link',
	icon: createElement('span', { 'aria-hidden': true }, '¬'),
	tag: 'span',
	schema: {
		'data-concept-link': fields.select({
			label: 'Concept link',
			options: [{ label: 'off', value: 'off' }],
			defaultValue: 'off',
		}),
	},
});

/** Markdown a body may hold beyond paragraphs: none of what the list below leaves out. */
const pageOptions = {
	bold: true,
	italic: true,
	link: true,
	orderedList: true,
	unorderedList: true,
	// Body headings start at ## (a page's # is its title).
	heading: [2, 3, 4, 5, 6],
	// A ```mermaid block is drawn as a diagram at build time (README, "A figure").
	codeBlock: true,
	strikethrough: false,
	code: false,
	blockquote: false,
	table: false,
	divider: false,
	// Images would be files to publish; a drawing is a figure.
	image: false,
} as const;

/** The body field of a collection, or undefined when its files have none to edit. */
export function bodyField(kind: BodyKind, extension: 'mdx' | 'md', components: Record<string, string[]>) {
	switch (kind) {
		case 'page':
			return fields.mdx({
				label: 'Text',
				extension,
				options: pageOptions,
				components: { ...documentedComponents(components), span: noConceptLink },
			});
		case 'figure':
			// A figure's body is its ```mermaid block (or nothing, when it is generated).
			return fields.mdx({
				label: 'Mermaid drawing',
				description: 'One ```mermaid code block: the drawing, made when the site is built.',
				extension,
				options: {
					...Object.fromEntries(Object.keys(pageOptions).map((option) => [option, false])),
					codeBlock: true,
				},
			});
		case 'none':
			return fields.emptyContent({ extension });
	}
}
