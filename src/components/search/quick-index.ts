import { sectionTitle } from '../../lib/sections.ts';
import type { Thesis } from '../../model/thesis.ts';

/** One entry of the quick index: a concept or a page, and the names it answers to. */
export interface QuickEntry {
	/** What the result shows: the title with its section number. */
	title: string;
	/** chapter, dynamic, challenge or concept. */
	kind: string;
	href: string;
	/** The concept's term and aliases, or the page's title: matched by word prefix. */
	names: string[];
}

/**
 * The small index that answers the first keystroke while Pagefind loads: every concept
 * (term and aliases) and every page of the thesis order (title and section number), from
 * the model. A few KB of JSON for this thesis.
 */
export function quickIndex(thesis: Thesis): QuickEntry[] {
	const concepts = thesis.concepts.map((concept) => ({
		title: concept.page.title,
		kind: 'concept',
		href: concept.page.href,
		names: [concept.entry.data.term, ...concept.entry.data.aliases],
	}));
	const pages = thesis.pages.map((page) => ({
		title: sectionTitle(page),
		kind: page.kind,
		href: page.href,
		names: [page.title, ...(page.section ? [page.section] : [])],
	}));
	return [...concepts, ...pages];
}
