import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadContent } from '../content/load.ts';
import type { Content } from '../content/entry.ts';
import { declaredCategories, indexChapter, of } from '../content/rules/helpers.ts';
import { slugify } from '../content/ids.ts';
import { compareSections } from '../lib/sections.ts';

export { slugify };

export const entryKinds = ['dynamic', 'challenge', 'concept'] as const;
export type EntryKind = (typeof entryKinds)[number];

const folders: Record<EntryKind, string> = { dynamic: 'dynamics', challenge: 'challenges', concept: 'concepts' };

/** A double-quoted YAML string. */
function quoted(text: string): string {
	return JSON.stringify(text);
}

export interface NewEntry {
	path: string;
	text: string;
	/** What the editor should do next. */
	next: string[];
}

/** The file a new entry starts as: every required field, numbered after the last one. */
export function newEntry(contentDir: string, kind: EntryKind, title: string, category?: string): NewEntry {
	const content = loadContent(contentDir);
	const slug = slugify(title);
	if (!slug) throw new Error(`"${title}" gives no file name: use letters or digits in the title`);
	const path = join(contentDir, folders[kind], `${slug}.mdx`);
	const todo = 'TODO: one sentence drawn from the thesis.';
	let frontmatter: string[];
	switch (kind) {
		case 'dynamic': {
			const categories = dynamicCategoryIds(contentDir);
			if (category === undefined) category = categories[0];
			if (category === undefined || !categories.includes(category))
				throw new Error(
					`--category must be one of the categories declared in thesis.json: ${categories.join(', ') || 'none declared yet'}`,
				);
			frontmatter = [
				`title: ${quoted(title)}`,
				`summary: ${quoted(todo)}`,
				`category: ${quoted(category)}`,
				`position: ${nextPosition(content, category)}`,
				'relatedChallenges: []',
				'concepts: []',
			];
			break;
		}
		case 'challenge': {
			frontmatter = [
				`title: ${quoted(title)}`,
				`summary: ${quoted(todo)}`,
				`section: ${quoted(nextChallengeSection(content))}`,
				'suggestions:',
				`  - ${quoted('TODO: a suggestion the thesis makes.')}`,
				'relatedDynamics: []',
				'concepts: []',
			];
			break;
		}
		case 'concept':
			frontmatter = [
				`term: ${quoted(title)}`,
				'aliases: []',
				`definition: ${quoted('TODO: what the thesis says it is, quoted or closely paraphrased.')}`,
				'related: []',
			];
			break;
	}
	const body = kind === 'concept' ? '' : '\nTODO: the text of this section, as the thesis writes it.\n';
	return {
		path,
		text: `---\n${frontmatter.join('\n')}\n---\n${body}`,
		next: [
			`Replace each TODO in ${relative(process.cwd(), path)} with the thesis's own words.`,
			kind === 'concept'
				? 'Add aliases the thesis uses, and related concept ids.'
				: 'Fill in the related entries and the concepts the page discusses (file names, without .mdx).',
			'Check it with `npm run validate`, then see it with `npm run dev`.',
		],
	};
}

/** The position after the last dynamic of a category: the thesis's next (n). */
export function nextPosition(content: Content, category: string): number {
	const positions = of(content, 'dynamics')
		.filter((d) => d.data.category === category)
		.map((d) => Number(d.data.position) || 0);
	return Math.max(0, ...positions) + 1;
}

/** The section after the last challenge's, e.g. "3.5" after "3.4"; "3.1" in the chapter that lists them if none. */
export function nextChallengeSection(content: Content): string {
	const sections = of(content, 'challenges')
		.map((c) => String(c.data.section ?? ''))
		.filter((s) => /^\d+\.\d+$/.test(s))
		.sort(compareSections);
	const last = sections.at(-1);
	const chapter = last?.split('.')[0] ?? indexChapter(content, 'challenges')?.data.section ?? '3';
	return `${chapter}.${last ? Number(last.split('.')[1]) + 1 : 1}`;
}

/** Writes the new entry; refuses to overwrite an existing file. */
export function createEntry(entry: NewEntry): void {
	if (existsSync(entry.path))
		throw new Error(`${relative(process.cwd(), entry.path)} already exists: choose another title, or edit that file`);
	mkdirSync(join(entry.path, '..'), { recursive: true });
	writeFileSync(entry.path, entry.text, { flag: 'wx' });
}

export function isKind(value: string | undefined): value is EntryKind {
	return entryKinds.includes(value as EntryKind);
}

/** The category ids content/thesis.json declares, in thesis order (the first is the default). */
export function dynamicCategoryIds(contentDir: string): string[] {
	return declaredCategories(loadContent(contentDir)).map((c) => c.id);
}
