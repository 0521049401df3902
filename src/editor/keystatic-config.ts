import { config, type Collection, type ComponentSchema } from '@keystatic/core';
import { bodyField } from './body-fields.ts';
import type { EditorCollection, EditorModel } from './editor-model.ts';
import { keystaticField, nameField } from './keystatic-fields.ts';

/** The key of a collection's body in Keystatic's form; it is not a frontmatter field. */
export const bodyKey = 'body';

/**
 * Keystatic's configuration, made from the editor model (itself read from the schemas and
 * thesis.json by the dev server): local storage, one collection per content folder, each
 * file `<folder>/<id>.<extension>` with its frontmatter fields and its body.
 */
export function keystaticConfig(model: EditorModel) {
	return config({
		storage: { kind: 'local' },
		ui: { brand: { name: 'Thesis editor' } },
		collections: Object.fromEntries(model.collections.map((c) => [c.name, keystaticCollection(c, model)])),
	});
}

/** A collection's form. (Keystatic's `collection()` wants field names known when compiling; these come from the schemas.) */
function keystaticCollection(
	editorCollection: EditorCollection,
	model: EditorModel,
): Collection<Record<string, ComponentSchema>, string> {
	const { name, label, nameField: named, extension, body, previewPath } = editorCollection;
	const schema: Record<string, ComponentSchema> = {};
	for (const spec of editorCollection.fields)
		schema[spec.name] = spec.name === named ? nameField(spec) : keystaticField(spec);
	schema[bodyKey] = bodyField(body, extension, model.components);
	return {
		label,
		// Paths are relative to the content folder, which the API is given as its base.
		path: `${name}/*`,
		slugField: named,
		format: { contentField: bodyKey },
		entryLayout: body === 'page' ? 'content' : 'form',
		columns: [named],
		...(previewPath && { previewUrl: previewPath }),
		schema,
	};
}
