import { mermaidErrorLine } from '../../diagrams/error-line.ts';
import type { Content } from '../entry.ts';
import { mermaidSyntaxError } from '../mermaid-syntax.ts';
import type { Problem } from '../problem.ts';
import { at } from './helpers.ts';

/** Every ```mermaid block parses (Mermaid's own parser, no browser), reported at the line of the mistake. */
export async function mermaidRule(content: Content): Promise<Problem[]> {
	const problems: Problem[] = [];
	for (const entry of content.entries) {
		for (const block of entry.mermaid) {
			const message = await mermaidSyntaxError(block.source);
			if (!message) continue;
			const line = block.line + mermaidErrorLine(message, block.source) - 1;
			problems.push(
				at(
					entry,
					line,
					`Mermaid cannot parse this diagram: ${message.split('\n').slice(0, 3).join('\n    ')}`,
					'check the diagram syntax at https://mermaid.js.org/intro/syntax-reference.html',
				),
			);
		}
	}
	return problems;
}
