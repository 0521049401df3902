import type { Content } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { at } from './helpers.ts';

/** Body headings start at ## (the title is the page's h1) and skip no level. */
export function headingsRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const entry of content.entries.filter((e) => e.collection !== 'figures')) {
		let previous = 1;
		for (const heading of entry.headings) {
			if (heading.depth === 1)
				problems.push(
					at(
						entry,
						heading.line,
						`"# ${heading.text}" is a second h1: the title is the page's h1`,
						"start the body's headings at ##",
						heading.column,
					),
				);
			else if (heading.depth > previous + 1)
				problems.push(
					at(
						entry,
						heading.line,
						`heading "${heading.text}" skips a level (h${previous} to h${heading.depth})`,
						`use ${'#'.repeat(previous + 1)} here`,
						heading.column,
					),
				);
			previous = heading.depth;
		}
	}
	return problems;
}
