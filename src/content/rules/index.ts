import type { Content } from '../entry.ts';
import { sortProblems, type Problem } from '../problem.ts';
import { editionsRule } from './editions.ts';
import { figuresRule } from './figures.ts';
import { frontmatterRule, thesisRule } from './frontmatter.ts';
import { headingsRule } from './headings.ts';
import type { Rule } from './helpers.ts';
import { idsRule } from './ids.ts';
import { linksRule } from './links.ts';
import { mermaidRule } from './mermaid.ts';
import { referencesRule } from './references.ts';
import { safetyRule } from './safety.ts';
import { structureRule } from './structure.ts';
import { todosRule } from './todos.ts';
import { uniquenessRule } from './uniqueness.ts';

/** Problems met while reading and parsing: encoding, frontmatter syntax, MDX syntax, registry lines. */
const readingRule: Rule = (content) => [
	...content.thesis.problems,
	...content.passages.problems,
	...content.entries.flatMap((e) => e.problems),
];

/** The one set of rules: `npm run validate`, the build and the dev server all run these. */
export const rules: Rule[] = [
	readingRule,
	thesisRule,
	idsRule,
	frontmatterRule,
	referencesRule,
	uniquenessRule,
	structureRule,
	figuresRule,
	headingsRule,
	linksRule,
	safetyRule,
	todosRule,
	editionsRule,
];

/** Every problem the synchronous rules find, in file and line order. */
export function checkContent(content: Content): Problem[] {
	return sortProblems(rules.flatMap((rule) => rule(content)));
}

/** Every problem, Mermaid syntax included (Mermaid's parser is asynchronous). */
export async function checkContentFully(content: Content): Promise<Problem[]> {
	return sortProblems([...rules.flatMap((rule) => rule(content)), ...(await mermaidRule(content))]);
}
