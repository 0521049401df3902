import type { Content } from '../content/entry.ts';
import { collections as extensions, type Collection } from '../content/read.ts';
import { schemas } from '../content/rules/frontmatter.ts';
import { declaredCategories } from '../content/rules/helpers.ts';
import { documentedComponents } from '../content/rules/safety.ts';
import { entryPaths } from '../model/routes.ts';
import { filledWhenNew } from './new-entries.ts';
import { fieldsOf, labelOf, type FieldSpec } from './schema-fields.ts';

/** What the body of a collection's files holds, and so which editor it gets. */
export type BodyKind = 'page' | 'figure' | 'none';

/** One collection as the editor offers it. */
export interface EditorCollection {
	name: Collection;
	label: string;
	/** The field that names an entry: a new entry's file name is made from it. */
	nameField: string;
	extension: 'mdx' | 'md';
	body: BodyKind;
	/** The entry's page on the live preview, `{slug}` standing for its id. */
	previewPath?: string;
	fields: FieldSpec[];
}

/**
 * Everything the editor's configuration is made from, as plain data (it is handed to the
 * browser): the fields of each collection read from the schemas the content rules use, the
 * categories of thesis.json, and the components a body may use.
 */
export interface EditorModel {
	collections: EditorCollection[];
	/** The documented components and their attributes (src/content/rules/safety.ts). */
	components: Record<string, string[]>;
}

/** What is particular to each collection; its fields all come from its schema. */
const layout: Record<Collection, { nameField: string; body: BodyKind }> = {
	chapters: { nameField: 'title', body: 'page' },
	dynamics: { nameField: 'title', body: 'page' },
	challenges: { nameField: 'title', body: 'page' },
	concepts: { nameField: 'term', body: 'none' },
	figures: { nameField: 'title', body: 'figure' },
};

export function editorModel(content: Content): EditorModel {
	const categories = declaredCategories(content).map((c) => ({
		value: c.id,
		label: [c.section, c.title ?? c.id].filter(Boolean).join(' '),
	}));
	const collections = (Object.keys(layout) as Collection[]).map((name): EditorCollection => {
		const preview = name in entryPaths ? entryPaths[name as keyof typeof entryPaths]('{slug}') : undefined;
		return {
			name,
			label: labelOf(name),
			...layout[name],
			extension: extensions[name][0] === '.md' ? 'md' : 'mdx',
			...(preview && { previewPath: preview }),
			fields: fieldsOf(schemas[name], { categories }).map((field) => asFilledWhenNew(name, field)),
		};
	});
	return { collections, components: documentedComponents };
}

/** A field the editor fills in for a new entry (its next number) may be left empty. */
function asFilledWhenNew(collection: Collection, field: FieldSpec): FieldSpec {
	if (filledWhenNew[collection] !== field.name || !('required' in field)) return field;
	const note = 'Leave it empty in a new entry: it gets the next one.';
	return { ...field, required: false, description: [field.description, note].filter(Boolean).join(' ') };
}
