import { createConceptMatcher } from '../concepts/matcher.ts';
import { sentencesOf } from '../content/sentences.ts';
import { siteHref } from '../lib/urls.ts';
import { paths } from './routes.ts';
import type { ConceptEntry, NavItem, Page } from './thesis.ts';

/** A page of the thesis where a concept is discussed. */
export interface Discussion {
	page: Page;
	/** The page lists the concept in its frontmatter. */
	declared: boolean;
	/** Sentences of the page that mention the concept. */
	sentences: string[];
}

export interface ConceptView {
	entry: ConceptEntry;
	page: Page;
	/** Every page that declares or mentions the concept, in thesis order. */
	discussedIn: Discussion[];
	/** Related concepts, declared on either side, A–Z. */
	related: ConceptView[];
}

/** A thesis page and the entry whose text and frontmatter it shows. */
export interface ConceptSource {
	page: Page;
	entry: { id: string; text: string; data: { concepts: { id: string }[] } };
}

/** Sort key of a term: letters only, so “Internet +” files under I. */
export function sortKey(term: string): string {
	return term.replace(/^[^\p{L}\p{N}]+/u, '').toLocaleLowerCase('en');
}

/**
 * The concepts with where the thesis discusses them: pages that declare a concept in
 * frontmatter and pages whose text mentions its term or an alias, with those sentences.
 */
export function buildConcepts(entries: ConceptEntry[], sources: ConceptSource[], homeLink: NavItem): ConceptView[] {
	const index: NavItem = { title: 'Concepts', href: siteHref(paths.concepts), children: [] };
	const match = createConceptMatcher(entries.map((e) => ({ id: e.id, names: [e.data.term, ...e.data.aliases] })));
	const sentencesBySource = sources.map((source) => {
		const mentions = new Map<string, string[]>();
		for (const sentence of sentencesOf(source.entry.text)) {
			for (const id of new Set(match(sentence).map((m) => m.id)))
				mentions.set(id, [...(mentions.get(id) ?? []), sentence]);
		}
		return mentions;
	});

	const views: ConceptView[] = [...entries]
		.sort((a, b) => sortKey(a.data.term).localeCompare(sortKey(b.data.term), 'en'))
		.map((entry) => ({
			entry,
			related: [],
			page: {
				kind: 'concept',
				title: entry.data.term,
				summary: entry.data.definition,
				href: siteHref(paths.concept(entry.id)),
				trail: [homeLink, index],
				source: entry.file,
			},
			discussedIn: sources.flatMap((source, i) => {
				const declared = source.entry.data.concepts.some((ref) => ref.id === entry.id);
				const sentences = sentencesBySource[i].get(entry.id) ?? [];
				return declared || sentences.length > 0 ? [{ page: source.page, declared, sentences }] : [];
			}),
		}));

	const byId = new Map(views.map((view) => [view.entry.id, view]));
	for (const view of views) {
		for (const ref of view.entry.data.related) {
			const other = byId.get(ref.id);
			if (!other) continue;
			if (!view.related.includes(other)) view.related.push(other);
			if (!other.related.includes(view)) other.related.push(view);
		}
	}
	for (const view of views)
		view.related.sort((a, b) => sortKey(a.page.title).localeCompare(sortKey(b.page.title), 'en'));
	// Concept pages read A–Z among themselves.
	views.forEach((view, i) => {
		view.page.previous = views[i - 1]?.page;
		view.page.next = views[i + 1]?.page;
	});
	return views;
}
