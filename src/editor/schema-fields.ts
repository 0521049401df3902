import { z } from 'astro/zod';
import type { Collection } from '../content/read.ts';
import { hintsOf, type FieldHints } from '../schemas/hints.ts';

/** A choice offered to editors: the value written, and what the form shows. */
export interface Choice {
	value: string;
	label: string;
}

interface Common {
	/** The frontmatter key. */
	name: string;
	/** The key as editors read it: "relatedChallenges" → "Related challenges". */
	label: string;
	description?: string;
}

/**
 * One frontmatter field as a form shows it, read from its zod schema: plain data, so that
 * it can be handed to the browser. `required` means the field must be filled in.
 */
export type FieldSpec = Common &
	(
		| {
				kind: 'text';
				required: boolean;
				multiline: boolean;
				/** A regular expression the whole text must match, and the schema's message if not. */
				pattern?: { source: string; message: string };
		  }
		| { kind: 'integer'; required: boolean; min?: number }
		| { kind: 'checkbox'; defaultValue: boolean }
		| { kind: 'choice'; required: boolean; choices: Choice[] }
		| { kind: 'texts'; min: number }
		| { kind: 'references'; collection: Collection }
	);

/** What the schemas refer to but do not hold: the categories of content/thesis.json. */
export interface SchemaContext {
	categories: Choice[];
}

/** Every field of a strict object schema, in its order. */
export function fieldsOf(schema: z.ZodObject, context: SchemaContext): FieldSpec[] {
	return Object.entries(schema.shape).map(([name, field]) => fieldOf(name, field as z.ZodType, context));
}

/** "relatedChallenges" → "Related challenges". */
export function labelOf(name: string): string {
	const words = name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
	return words.charAt(0).toUpperCase() + words.slice(1);
}

function fieldOf(name: string, schema: z.ZodType, context: SchemaContext): FieldSpec {
	const { inner, hints, optional, defaultValue } = unwrap(schema);
	const common: Common = { name, label: labelOf(name), ...(hints.description && { description: hints.description }) };
	const unsupported = () =>
		new Error(`the editor has no form field for "${name}" (a zod ${inner.def.type}): add one in src/editor/`);
	if (inner instanceof z.ZodString) {
		if (hints.category) return { ...common, kind: 'choice', required: !optional, choices: context.categories };
		const pattern = regexOf(inner);
		return {
			...common,
			kind: 'text',
			required: !optional && ((inner.minLength ?? 0) > 0 || pattern !== undefined),
			multiline: hints.multiline === true,
			...(pattern && { pattern }),
		};
	}
	if (inner instanceof z.ZodNumber) {
		// `.int()` gives the format "safeint"; a fraction has no form field here.
		if (!inner.format?.includes('int')) throw unsupported();
		const min = inner.minValue === null ? undefined : Math.floor(inner.minValue) + (isExclusiveMin(inner) ? 1 : 0);
		return { ...common, kind: 'integer', required: !optional, ...(min !== undefined && { min }) };
	}
	if (inner instanceof z.ZodBoolean) return { ...common, kind: 'checkbox', defaultValue: defaultValue === true };
	if (inner instanceof z.ZodEnum) {
		const choices = inner.options.map((value) => ({ value: String(value), label: String(value) }));
		return { ...common, kind: 'choice', required: !optional, choices };
	}
	if (inner instanceof z.ZodArray) {
		const element = unwrap(inner.element as z.ZodType);
		if (element.hints.references) return { ...common, kind: 'references', collection: element.hints.references };
		if (element.inner instanceof z.ZodString) return { ...common, kind: 'texts', min: minItems(inner) };
	}
	throw unsupported();
}

/**
 * The schema inside `.optional()`, `.default()` and `.transform()`, with the hints of every
 * layer (the outer ones win) and whether a value may be left out.
 */
function unwrap(schema: z.ZodType): { inner: z.ZodType; hints: FieldHints; optional: boolean; defaultValue?: unknown } {
	let inner = schema;
	let hints: FieldHints = {};
	let optional = false;
	let defaultValue: unknown;
	for (;;) {
		hints = { ...hintsOf(inner), ...hints };
		if (inner instanceof z.ZodOptional) {
			optional = true;
			inner = inner.unwrap() as z.ZodType;
		} else if (inner instanceof z.ZodDefault) {
			optional = true;
			defaultValue = inner.def.defaultValue;
			inner = inner.unwrap() as z.ZodType;
		} else if (inner instanceof z.ZodPipe) {
			inner = inner.in as z.ZodType;
		} else {
			return { inner, hints, optional, defaultValue };
		}
	}
}

/** The `.regex()` of a string schema, with the message the schema gives when it fails. */
function regexOf(schema: z.ZodString): { source: string; message: string } | undefined {
	for (const check of schema.def.checks ?? []) {
		const def = check._zod.def as { check: string; format?: string; pattern?: RegExp };
		if (def.check === 'string_format' && def.format === 'regex' && def.pattern) {
			// The message is the schema's own: ask it about a text that cannot match.
			const message = schema.safeParse('\u0000').error?.issues[0]?.message ?? `must match ${def.pattern}`;
			return { source: def.pattern.source, message };
		}
	}
	return undefined;
}

/** Whether the lower bound of a number schema excludes itself (`.positive()`, `.gt()`). */
function isExclusiveMin(schema: z.ZodNumber): boolean {
	return (schema.def.checks ?? []).some((check) => {
		const def = check._zod.def as { check: string; inclusive?: boolean };
		return def.check === 'greater_than' && def.inclusive === false;
	});
}

/** The `.min(n)` of an array schema. */
function minItems(schema: z.ZodArray): number {
	for (const check of schema.def.checks ?? []) {
		const def = check._zod.def as { check: string; minimum?: number };
		if (def.check === 'min_length' && def.minimum !== undefined) return def.minimum;
	}
	return 0;
}
