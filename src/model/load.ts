import { AstroError } from 'astro/errors';
import { getEntry, render } from 'astro:content';
import { loadContent } from '../content/load.ts';
import { formatProblems } from '../content/problem.ts';
import { checkContent } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { contentDir } from '../paths.ts';
import { buildThesis, type Thesis } from './thesis.ts';

let loaded: { content: object; thesis: Thesis } | undefined;

/**
 * The thesis model for the pages: content/ as the pipeline read it (thesis.json included,
 * never a cached copy), checked by the rules, then built. The build has already stopped
 * on any problem; in the dev server an edit that breaks a rule shows the problem list.
 */
export async function loadThesis(): Promise<Thesis> {
	const content = loadContent(contentDir);
	if (loaded?.content === content) return loaded.thesis;
	const problems = checkContent(content);
	if (problems.length > 0)
		throw new AstroError(
			formatProblems(problems),
			'Fix the content, then reload the page; `npm run validate` lists the same problems.',
		);
	loaded = { content, thesis: buildThesis(validInput(content)) };
	return loaded.thesis;
}

/** The rendered body of an entry of the model (Astro's content layer compiles the MDX). */
export async function renderEntry(entry: {
	collection: 'chapters' | 'dynamics' | 'challenges' | 'figures' | 'concepts';
	id: string;
}) {
	const compiled = await getEntry(entry.collection, entry.id);
	if (!compiled)
		throw new AstroError(
			`${entry.collection}/${entry.id} is not in Astro's content layer`,
			'Delete .astro/ and node_modules/.astro, then build again.',
		);
	return render(compiled);
}
