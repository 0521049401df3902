import type { z } from 'astro/zod';
import { challengeSchema } from '../../schemas/challenge.ts';
import { chapterSchema } from '../../schemas/chapter.ts';
import { conceptSchema } from '../../schemas/concept.ts';
import { dynamicSchema } from '../../schemas/dynamic.ts';
import { figureSchema } from '../../schemas/figure.ts';
import { thesisSchema } from '../../schemas/thesis.ts';
import type { Content } from '../entry.ts';
import { plainReference } from '../plain-reference.ts';
import type { Problem } from '../problem.ts';
import type { Collection } from '../read.ts';
import { didYouMean } from '../suggest.ts';

/** The schema of each collection, with references as plain ids (checked by the references rule). */
export const schemas = {
	chapters: chapterSchema(plainReference),
	dynamics: dynamicSchema(plainReference),
	challenges: challengeSchema(plainReference),
	concepts: conceptSchema(plainReference),
	figures: figureSchema(),
} satisfies Record<Collection, z.ZodObject>;

/** Problems of a value against a strict object schema: a line for each, did-you-mean for keys. */
export function schemaProblems(
	schema: z.ZodObject,
	data: Record<string, unknown>,
	where: { file: string; keyLines: Map<string, number>; firstLine: number; fields: string },
): Problem[] {
	const result = schema.safeParse(data);
	if (result.success) return [];
	const fields = Object.keys(schema.shape);
	const unknown = Object.keys(data).filter((key) => !fields.includes(key));
	return result.error.issues.flatMap((issue): Problem[] => {
		const key = String(issue.path[0] ?? '');
		if (issue.code === 'unrecognized_keys') {
			return issue.keys.map((name) => ({
				file: where.file,
				line: where.keyLines.get(name) ?? where.firstLine,
				message: `unknown field "${name}"`,
				fix: didYouMean(
					name,
					fields.filter((f) => !(f in data)),
					`remove it; the fields are: ${fields.join(', ')} (${where.fields})`,
				),
			}));
		}
		if (issue.path.length === 1 && !(key in data)) {
			const misspelt = unknown.find((name) => didYouMean(name, [key], '') !== '');
			return [
				{
					file: where.file,
					line: (misspelt && where.keyLines.get(misspelt)) || where.firstLine,
					message: `the field "${key}" is missing`,
					fix: misspelt ? `did you mean "${key}" instead of "${misspelt}"?` : `add \`${key}: …\` (${where.fields})`,
				},
			];
		}
		const values = 'values' in issue && Array.isArray(issue.values) ? issue.values.map(String) : undefined;
		const given = issue.path.reduce<unknown>(
			(value, step) => (value as Record<PropertyKey, unknown> | undefined)?.[step as PropertyKey],
			data,
		);
		return [
			{
				file: where.file,
				line: where.keyLines.get(key) ?? where.firstLine,
				message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`,
				fix:
					values && typeof given === 'string'
						? didYouMean(given, values, `use one of: ${values.join(', ')}`)
						: `see ${where.fields}`,
			},
		];
	});
}

/** Every frontmatter field against its collection's schema (unknown fields included). */
export function frontmatterRule(content: Content): Problem[] {
	return content.entries
		.filter((entry) => entry.frontmatterValid)
		.flatMap((entry) =>
			schemaProblems(schemas[entry.collection], entry.data, {
				file: entry.file,
				keyLines: entry.keyLines,
				firstLine: 1,
				fields: `the fields of ${entry.collection} in README.md`,
			}),
		);
}

/** content/thesis.json against its schema: types, required fields, unknown keys. */
export function thesisRule(content: Content): Problem[] {
	const { thesis } = content;
	if (thesis.data === undefined) return [];
	if (typeof thesis.data !== 'object' || thesis.data === null || Array.isArray(thesis.data)) {
		return [
			{
				file: thesis.file,
				line: 1,
				message: 'the file must hold one JSON object ({ "title": …, … })',
				fix: 'see "The metadata" in README.md',
			},
		];
	}
	return schemaProblems(thesisSchema(), thesis.data as Record<string, unknown>, {
		file: thesis.file,
		keyLines: thesis.keyLines,
		firstLine: 1,
		fields: 'the metadata fields in README.md',
	});
}
