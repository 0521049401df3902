import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { schemas } from '../content/rules/frontmatter.ts';
import { fieldsOf, labelOf, type FieldSpec } from '../editor/schema-fields.ts';

const context = { categories: [{ value: 'alpha', label: '2.1 Alpha dynamics' }] };
const byName = (fields: FieldSpec[]) => Object.fromEntries(fields.map((field) => [field.name, field]));

describe('the editor reads its form fields from the schemas the content rules use', () => {
	it('a dynamic: category a choice of thesis.json, position a whole number from 1, relations as pickers', () => {
		const fields = fieldsOf(schemas.dynamics, context);
		expect(fields.map((f) => f.name)).toEqual(Object.keys(schemas.dynamics.shape));
		const field = byName(fields);
		expect(field.title).toMatchObject({ kind: 'text', label: 'Title', required: true, multiline: false });
		expect(field.summary).toMatchObject({ kind: 'text', required: true });
		expect(field.category).toMatchObject({ kind: 'choice', required: true, choices: context.categories });
		expect(field.position).toMatchObject({ kind: 'integer', required: true, min: 1 });
		expect(field.relatedChallenges).toMatchObject({
			kind: 'references',
			label: 'Related challenges',
			collection: 'challenges',
		});
		expect(field.concepts).toMatchObject({ kind: 'references', collection: 'concepts' });
		expect(field.conceptLinks).toMatchObject({ kind: 'checkbox', defaultValue: true });
	});

	it('a challenge: its section follows the schema’s pattern and message, suggestions a list of at least one', () => {
		const field = byName(fieldsOf(schemas.challenges, context));
		expect(field.section).toMatchObject({ kind: 'text', required: true });
		const pattern = (field.section as Extract<FieldSpec, { kind: 'text' }>).pattern!;
		expect(new RegExp(pattern.source).test('3.2')).toBe(true);
		expect(new RegExp(pattern.source).test('3')).toBe(false);
		expect(pattern.message).toBe('section must be a number written like "3.1" (quoted)');
		expect(field.suggestions).toMatchObject({ kind: 'texts', min: 1 });
		expect(field.relatedDynamics).toMatchObject({ kind: 'references', collection: 'dynamics' });
	});

	it('a chapter’s optional `lists` is a choice that may stay empty; a concept’s definition runs over lines', () => {
		expect(byName(fieldsOf(schemas.chapters, context)).lists).toMatchObject({
			kind: 'choice',
			required: false,
			choices: [
				{ value: 'dynamics', label: 'dynamics' },
				{ value: 'challenges', label: 'challenges' },
			],
		});
		const concept = byName(fieldsOf(schemas.concepts, context));
		expect(concept.definition).toMatchObject({ kind: 'text', multiline: true, required: true });
		expect(concept.aliases).toMatchObject({ kind: 'texts', min: 0 });
		expect(concept.related).toMatchObject({ kind: 'references', collection: 'concepts' });
		expect(byName(fieldsOf(schemas.figures, context)).generatedFrom).toMatchObject({ kind: 'choice', required: false });
	});

	it('every field of every collection tells editors what it holds', () => {
		for (const schema of Object.values(schemas))
			for (const field of fieldsOf(schema, context)) expect(field.description, field.name).toBeTruthy();
	});

	it('a field with no form field stops the editor, naming it, rather than being left out', () => {
		const schema = z.object({ title: z.string(), published: z.date() }).strict();
		expect(() => fieldsOf(schema, context)).toThrow(/no form field for "published"/);
		expect(() => fieldsOf(z.object({ ratio: z.number() }), context)).toThrow(/"ratio"/);
	});

	it('labels fields as words', () => {
		expect(labelOf('relatedChallenges')).toBe('Related challenges');
		expect(labelOf('title')).toBe('Title');
	});
});
