import type { Content, Entry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { didYouMean } from '../suggest.ts';
import { at, of, pageCollections } from './helpers.ts';

/**
 * Figures: every `<Figure id>` and `<FigureRef id>` names a figure (a literal id), each
 * figure is placed exactly once on a page of the thesis order, and has either a Mermaid
 * block or `generatedFrom`. A `<Figure>` shown inside a code block is code, not a use.
 */
export function figuresRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	const figures = of(content, 'figures');
	const known = new Set(figures.map((f) => f.id));
	const placements = new Map<string, Entry[]>();
	for (const entry of content.entries.filter((e) => e.collection !== 'figures')) {
		for (const use of entry.figureUses) {
			if (use.id === undefined && !use.expression) {
				problems.push(
					at(
						entry,
						use.line,
						`<${use.component}> needs a literal id`,
						`write <${use.component} id="name-of-the-figure" />`,
						use.column,
					),
				);
			} else if (use.id === undefined) {
				continue; // an id={…} expression: the safety rule reports it
			} else if (!known.has(use.id)) {
				problems.push(
					at(
						entry,
						use.line,
						`<${use.component} id="${use.id}" /> names no figure`,
						didYouMean(
							use.id,
							known,
							`add content/figures/${use.id}.md, or use one of: ${[...known].join(', ') || 'none yet'}`,
						),
						use.column,
					),
				);
			} else if (use.component === 'Figure') {
				if (!pageCollections.includes(entry.collection)) {
					problems.push(
						at(
							entry,
							use.line,
							`a figure is placed in a chapter, a dynamic or a challenge, not in ${entry.collection}`,
							`refer to it here with <FigureRef id="${use.id}" />`,
							use.column,
						),
					);
				} else placements.set(use.id, [...(placements.get(use.id) ?? []), entry]);
			}
		}
	}
	for (const figure of figures) {
		const placed = placements.get(figure.id) ?? [];
		if (placed.length === 0)
			problems.push(
				at(
					figure,
					undefined,
					`figure "${figure.id}" is not placed on any page`,
					`add <Figure id="${figure.id}" /> where the thesis shows it`,
				),
			);
		if (placed.length > 1)
			problems.push(
				at(
					figure,
					undefined,
					`figure "${figure.id}" is placed ${placed.length} times (${placed.map((p) => p.file).join(', ')})`,
					`place it once; elsewhere refer to it with <FigureRef id="${figure.id}" />`,
				),
			);
		const hasBlock = figure.mermaid.length > 0;
		if (figure.frontmatterValid && figure.tree && hasBlock === Boolean(figure.data.generatedFrom)) {
			problems.push(
				at(
					figure,
					figure.bodyLine,
					hasBlock ? 'the figure has both a ```mermaid block and generatedFrom' : 'the figure has no ```mermaid block',
					hasBlock ? 'keep one of the two' : 'write the drawing as a ```mermaid block in the body',
				),
			);
		}
		if (figure.mermaid.length > 1)
			problems.push(
				at(
					figure,
					figure.mermaid[1].line - 1,
					'a figure has one ```mermaid block',
					'make a second figure for the second drawing',
				),
			);
	}
	return problems;
}
