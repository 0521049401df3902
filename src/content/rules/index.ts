import type { Content } from '../entry';
import { sortProblems, type Problem } from '../problem';
import { editionsRule } from './editions';
import { figuresRule } from './figures';
import { frontmatterRule, thesisRule } from './frontmatter';
import { headingsRule } from './headings';
import type { Rule } from './helpers';
import { idsRule } from './ids';
import { linksRule } from './links';
import { mermaidRule } from './mermaid';
import { referencesRule } from './references';
import { safetyRule } from './safety';
import { structureRule } from './structure';
import { todosRule } from './todos';
import { uniquenessRule } from './uniqueness';

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
