import { fields, type BasicFormField, type ComponentSchema } from '@keystatic/core';
import { idPattern, slugify } from '../content/ids.ts';
import type { FieldSpec } from './schema-fields.ts';

/*
 * Runs in the browser (the editor's form) and in the dev server (the editor's API): it only
 * turns plain field descriptions into Keystatic fields, and reads no file.
 */

/** The Keystatic field of one frontmatter field. */
export function keystaticField(spec: FieldSpec): ComponentSchema {
	const { label, description } = spec;
	switch (spec.kind) {
		case 'text': {
			const pattern = spec.pattern && {
				// Keystatic tests the pattern on an empty text too; empty is for `required` to judge.
				regex: new RegExp(spec.required ? spec.pattern.source : `^$|${spec.pattern.source}`),
				message: spec.pattern.message,
			};
			return fields.text({
				label,
				description,
				multiline: spec.multiline,
				validation: { isRequired: spec.required, ...(pattern && { pattern }) },
			});
		}
		case 'integer':
			return fields.integer({ label, description, validation: { isRequired: spec.required, min: spec.min } });
		case 'checkbox':
			return omittedWhen(fields.checkbox({ label, description, defaultValue: spec.defaultValue }), spec.defaultValue);
		case 'choice': {
			const none = { value: '', label: '(none)' };
			const choices = spec.required ? spec.choices : [none, ...spec.choices];
			const defaultValue = choices[0]?.value ?? '';
			return omittedWhen(fields.select({ label, description, options: choices, defaultValue }), '');
		}
		case 'texts':
			return fields.array(fields.text({ label, validation: { isRequired: true } }), {
				label,
				description,
				itemLabel: (props) => String((props as { value: unknown }).value ?? ''),
				validation: { length: { min: spec.min } },
			});
		case 'references':
			return fields.multiRelationship({ label, description, collection: spec.collection });
	}
}

/**
 * The field that names an entry (a title, a term): its text goes in the frontmatter, and a
 * new entry's file name is made from it as `npm run new` makes it.
 */
export function nameField(spec: FieldSpec): ComponentSchema {
	return fields.slug({
		name: { label: spec.label, description: spec.description, validation: { isRequired: true } },
		slug: {
			label: 'File name (id)',
			description:
				'The page’s address and the id other entries use for it. Changing it breaks the links to it: the save says where.',
			generate: slugify,
			validation: {
				pattern: { regex: idPattern, message: 'lower-case letters and digits joined by hyphens, e.g. big-data' },
			},
		},
	});
}

/**
 * A field left out of the file when it holds this value, as `npm run new` leaves it out:
 * a default that is not written (conceptLinks: true), or "none" for an optional choice.
 */
function omittedWhen<T extends string | boolean>(field: BasicFormField<T>, value: T): BasicFormField<T> {
	return {
		...field,
		parse: (stored) => (stored === undefined ? value : field.parse(stored)),
		serialize: (current) => (current === value ? { value: undefined } : field.serialize(current)),
	};
}
