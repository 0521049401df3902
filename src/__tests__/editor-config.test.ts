import type { BasicFormField, Collection, ComponentSchema } from '@keystatic/core';
import { describe, expect, it } from 'vitest';
import { checkContentFully } from '../content/rules/index.ts';
import { documentedComponents as documented } from '../content/rules/safety.ts';
import { documentedComponents } from '../editor/body-fields.ts';
import { editorModel } from '../editor/editor-model.ts';
import { keystaticConfig } from '../editor/keystatic-config.ts';
import { contentWith, validFiles } from './content-fixture.ts';

const model = editorModel(contentWith());
const config = keystaticConfig(model);
const collection = (name: string) => config.collections![name] as Collection<Record<string, ComponentSchema>, string>;
const basic = (field: ComponentSchema) => field as BasicFormField<string | boolean>;

describe('the editor model', () => {
	it('offers the five content folders, each with the fields of its schema', () => {
		expect(model.collections.map((c) => c.name)).toEqual(['chapters', 'dynamics', 'challenges', 'concepts', 'figures']);
		const dynamics = model.collections.find((c) => c.name === 'dynamics')!;
		expect(dynamics).toMatchObject({ label: 'Dynamics', nameField: 'title', extension: 'mdx', body: 'page' });
		expect(dynamics.previewPath).toBe('/dynamics/{slug}/');
		expect(model.collections.find((c) => c.name === 'figures')).toMatchObject({ extension: 'md', body: 'figure' });
		expect(model.collections.find((c) => c.name === 'figures')?.previewPath).toBeUndefined();
	});

	it('takes the categories from thesis.json, with their sections', () => {
		const category = model.collections.find((c) => c.name === 'dynamics')!.fields.find((f) => f.name === 'category');
		expect(category).toMatchObject({
			kind: 'choice',
			choices: [
				{ value: 'alpha', label: '2.1 Alpha dynamics' },
				{ value: 'beta', label: '2.2 Beta dynamics' },
			],
		});
	});

	it('lets a new dynamic’s position and a new challenge’s section be left empty, saying it gets the next one', () => {
		const field = (collection: string, name: string) =>
			model.collections.find((c) => c.name === collection)!.fields.find((f) => f.name === name)!;
		expect(field('dynamics', 'position')).toMatchObject({
			required: false,
			description: expect.stringMatching(/next one/),
		});
		expect(field('challenges', 'section')).toMatchObject({ required: false });
		expect(field('chapters', 'section')).toMatchObject({ required: true });
	});

	it('holds the documented components as the content rules define them', () => {
		expect(model.components).toEqual(documented);
	});
});

describe('Keystatic’s configuration', () => {
	it('stores each entry as <folder>/<id>.<extension>, named by its title or term, body apart', () => {
		expect(config.storage).toEqual({ kind: 'local' });
		const dynamics = collection('dynamics');
		expect(dynamics).toMatchObject({ path: 'dynamics/*', slugField: 'title', format: { contentField: 'body' } });
		expect(Object.keys(dynamics.schema)).toEqual([
			'title',
			'summary',
			'category',
			'position',
			'relatedChallenges',
			'concepts',
			'conceptLinks',
			'body',
		]);
		expect(collection('concepts').slugField).toBe('term');
		expect(collection('dynamics').previewUrl).toBe('/dynamics/{slug}/');
	});

	it('takes a file name only if it is an id as the content rules want it', () => {
		const slug = (collection('dynamics').schema.title as { validate(v: unknown): unknown }).validate;
		expect(() => slug({ name: 'Promotion of “Internet +”', slug: 'Promotion Of' })).toThrow(/lower-case/);
		expect(slug({ name: 'Promotion of “Internet +”', slug: 'promotion-of-internet' })).toBeTruthy();
	});

	it('writes nothing for a default left as it is or an optional choice left empty, as `npm run new`', () => {
		const conceptLinks = basic(collection('dynamics').schema.conceptLinks);
		expect(conceptLinks.serialize(true)).toEqual({ value: undefined });
		expect(conceptLinks.serialize(false)).toEqual({ value: false });
		expect(conceptLinks.parse(undefined)).toBe(true);
		const lists = basic(collection('chapters').schema.lists);
		expect(lists.serialize('')).toEqual({ value: undefined });
		expect(lists.serialize('dynamics')).toEqual({ value: 'dynamics' });
	});

	it('checks a section with the schema’s own pattern and message, empty allowed where the editor fills it in', () => {
		const challengeSection = basic(collection('challenges').schema.section);
		expect(challengeSection.validate('')).toBe('');
		expect(() => challengeSection.validate('3')).toThrow('section must be a number written like "3.1" (quoted)');
		expect(() => basic(collection('chapters').schema.section).validate('')).toThrow();
	});

	it('refuses a documented component it does not know how to offer', () => {
		expect(() => documentedComponents({ Chart: ['id'] })).toThrow(/<Chart>/);
		expect(() => documentedComponents({ Figure: ['src'] })).toThrow(/<Figure src>/);
	});
});

describe('what the editor writes in a body passes the content rules', () => {
	/** The editor's state of a body (ProseMirror's), as much of it as these tests use. */
	interface BodyState {
		tr: { insertText(text: string, at: number): unknown };
		apply(transaction: unknown): BodyState;
	}
	const body = collection('dynamics').schema.body as unknown as {
		parse(
			value: unknown,
			extra: {
				content: Uint8Array;
				other: Map<string, Uint8Array>;
				external: Map<string, Map<string, Uint8Array>>;
				slug: string;
			},
		): BodyState;
		serialize(state: BodyState, extra: { slug: string }): { content: Uint8Array };
	};
	const [frontmatter, text] = validFiles['dynamics/first.mdx'].split(/(?<=^---\n[\s\S]*?\n---\n)/);
	const opened = () =>
		body.parse(undefined, {
			content: new TextEncoder().encode(text),
			other: new Map(),
			external: new Map(),
			slug: 'first',
		});
	const saved = (state: BodyState) => new TextDecoder().decode(body.serialize(state, { slug: 'first' }).content);

	it('keeps a page’s headings, text and figures as they were', () => {
		expect(saved(opened())).toBe(text.replace(/^\n/, ''));
	});

	it('writes what an editor types (braces, tags, an import) as text: no expression, HTML or import', async () => {
		const typed =
			'{process.exit()} <script>alert(1)</script> <iframe src="https://example.org"></iframe> import x from "y"; ';
		const state = opened();
		const written = saved(state.apply(state.tr.insertText(typed, 1)));
		expect(written).toContain('<Figure id="chart" />');
		const problems = await checkContentFully(contentWith({ 'dynamics/first.mdx': `${frontmatter}${written}` }));
		expect(problems).toEqual([]);
		// The same text written as it was typed is refused: the check above can fail.
		const raw = await checkContentFully(contentWith({ 'dynamics/first.mdx': `${frontmatter}${typed}${text}` }));
		expect(raw.map((p) => p.message).join('\n')).toMatch(/expression[\s\S]*<script>[\s\S]*<iframe>/);
	});
});
