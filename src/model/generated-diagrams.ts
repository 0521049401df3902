import { sectionTitle } from '../lib/sections.ts';
import type { FigureView, Thesis } from './thesis.ts';

/** A label inside a Mermaid node: quoted, with quotes as Mermaid's entity. */
function label(text: string): string {
	return `"${text.replace(/"/g, '#quot;')}"`;
}

/** Fig. 1: the chapter on dynamics, its categories, and each category's dynamics. */
export function dynamicsTreeSource(thesis: Thesis): string {
	const chapter = thesis.chapters.find((c) => c.entry.data.lists === 'dynamics');
	const lines = ['flowchart LR', `  root[${label(chapter?.page.title ?? 'Dynamics')}]`];
	for (const category of thesis.categories) {
		const id = `category_${category.id}`;
		lines.push(`  root --> ${id}[${label(`${category.section} ${category.title}`)}]`);
		category.dynamics.forEach((dynamic, i) => {
			lines.push(`  ${id} --> ${id}_${i}[${label(`(${dynamic.entry.data.position}) ${dynamic.page.title}`)}]`);
		});
	}
	return lines.join('\n');
}

/** The map of relations: which challenges concern which dynamics. */
export function relationsMapSource(thesis: Thesis): string {
	const lines = ['flowchart LR'];
	lines.push(`  subgraph dynamics[${label('Dynamics')}]`, '    direction TB');
	thesis.dynamics.forEach((d, i) => lines.push(`    d${i}[${label(`${d.page.section} ${d.page.title}`)}]`));
	lines.push('  end', `  subgraph challenges[${label('Challenges')}]`, '    direction TB');
	thesis.challenges.forEach((c, i) => lines.push(`    c${i}[${label(`${c.page.section} ${c.page.title}`)}]`));
	lines.push('  end');
	thesis.challenges.forEach((challenge, i) => {
		for (const dynamic of challenge.related) lines.push(`  d${thesis.dynamics.indexOf(dynamic)} --- c${i}`);
	});
	return lines.join('\n');
}

/** The relations map in words, for its text alternative: each challenge and its dynamics. */
export function relationsMapDescription(thesis: Thesis): string {
	return thesis.challenges
		.map(
			(c) =>
				`${sectionTitle(c.page)} concerns ${c.related.map((d) => sectionTitle(d.page)).join('; ') || 'no dynamic'}.`,
		)
		.join(' ');
}

/** The Mermaid source of a figure: generated from the content, or its ```mermaid block. */
export function figureSource(figure: FigureView, thesis: Thesis): string {
	switch (figure.entry.data.generatedFrom) {
		case 'dynamics-tree':
			return dynamicsTreeSource(thesis);
		case undefined:
			return figure.entry.mermaid[0]?.source ?? '';
	}
}

/**
 * Every Mermaid source the pages generate from the content (not written in a file): Fig. 1
 * where a figure asks for it, and the relations map of the chapter that lists the challenges.
 */
export function generatedDiagramSources(thesis: Thesis): string[] {
	const figures = thesis.figures
		.filter((figure) => figure.entry.data.generatedFrom)
		.map((f) => figureSource(f, thesis));
	const map = thesis.chapters.some((c) => c.entry.data.lists === 'challenges') ? [relationsMapSource(thesis)] : [];
	return [...figures, ...map];
}
