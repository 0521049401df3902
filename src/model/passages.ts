import { siteHref } from '../lib/urls.ts';
import type { PageKey, RegistryEntry } from '../passages/registry.ts';
import { passageAnchor, type PassageAssignment } from './passage-ids.ts';
import { paths } from './routes.ts';
import type { Page } from './thesis.ts';

/** Where a passage id leads today: its passage, or the note left where it was removed. */
export interface PassageTarget {
	/** The link, or none when the page it stood on is gone (its resolver page shows the words). */
	href?: string;
	/** The page it leads to. */
	page?: Page;
	/** The passage was removed (or merged into one that was). */
	removed: boolean;
}

/** A passage where it stands. */
export interface PassageView {
	id: string;
	/** Its element id on its page and in the full text: "p-k3f9a". */
	anchor: string;
	/** The positional id published before ("p-2-2-2-3"), still answering. */
	alias?: string;
	/** Its address on its page. */
	href: string;
	/** Its resolver page, which follows it wherever it goes: "/p/k3f9a/". */
	permanentHref: string;
	text: string;
}

/** What a page keeps for a passage that left it: a link to where it went, or its words. */
export interface PassageNote {
	id: string;
	anchor: string;
	alias?: string;
	/** It moved to another page, was merged into another passage, or was removed. */
	kind: 'moved' | 'merged' | 'removed';
	/** The words it had (for a removed or merged passage). */
	text: string;
	target: PassageTarget;
	/** Removal and merge notes are part of the text, so the full text keeps them; a moved passage is in it already. */
	inFullText: boolean;
}

/** A resolver page: every id ever given has one. */
export interface PassageResolver {
	id: string;
	path: string;
	target: PassageTarget;
	/** The words, shown on the resolver page when the passage has no page left. */
	text: string;
}

/** The thesis's citable passages: on each page, the notes each page keeps, and every id's resolver. */
export interface Passages {
	byPage: Map<PageKey, PassageView[]>;
	notes: Map<PageKey, PassageNote[]>;
	resolvers: PassageResolver[];
	/** The thesis's first passage in reading order and its page: the example "Cite this" gives. */
	first?: { passage: PassageView; page: Page };
	/** The registry after this build, for what reports on it. */
	assignment: PassageAssignment;
}

/**
 * The passages with their addresses: each live one on its page; on each page a note for every
 * passage that left it (moved away, merged, removed), so an address cited before still
 * leads to words or to a link; and for every id ever given, where its resolver page sends.
 */
export function buildPassages(assignment: PassageAssignment, pages: ReadonlyMap<PageKey, Page>): Passages {
	// `pages` is in reading order.
	const entries = new Map(assignment.registry.map((entry) => [entry.id, entry]));
	const resolve = (entry: RegistryEntry, depth = 0): PassageTarget => {
		const page = pages.get(entry.page);
		const at = page ? `${page.href}#${passageAnchor(entry.id)}` : undefined;
		if (entry.state === 'live') return { href: at, page, removed: false };
		const into = entry.mergedInto ? entries.get(entry.mergedInto) : undefined;
		// A passage merged into another follows it (a registry has no cycles; the depth guards anyway).
		if (into && depth < entries.size) return resolve(into, depth + 1);
		return { href: at, page, removed: true };
	};

	const byPage = new Map<PageKey, PassageView[]>();
	for (const [key, ids] of assignment.byPage)
		byPage.set(
			key,
			ids.map(({ id, alias }) => ({
				id,
				anchor: passageAnchor(id),
				...(alias ? { alias } : {}),
				href: `${pages.get(key)?.href ?? ''}#${passageAnchor(id)}`,
				permanentHref: siteHref(paths.passage(id)),
				text: entries.get(id)!.text,
			})),
		);

	const notes = new Map<PageKey, PassageNote[]>();
	const leave = (key: PageKey, note: PassageNote) => {
		if (!pages.has(key)) return;
		notes.set(key, [...(notes.get(key) ?? []), note]);
	};
	for (const entry of assignment.registry) {
		const common = { id: entry.id, anchor: passageAnchor(entry.id), ...(entry.alias ? { alias: entry.alias } : {}) };
		const target = resolve(entry);
		if (entry.state === 'removed')
			leave(entry.page, { ...common, kind: 'removed', text: entry.text, target, inFullText: true });
		if (entry.state === 'merged')
			leave(entry.page, { ...common, kind: 'merged', text: entry.text, target, inFullText: true });
		for (const former of entry.formerly ?? [])
			if (former !== entry.page)
				leave(former, { ...common, kind: 'moved', text: entry.text, target, inFullText: false });
	}

	const resolvers = assignment.registry.map((entry) => ({
		id: entry.id,
		path: paths.passage(entry.id),
		target: resolve(entry),
		text: entry.text,
	}));
	const [firstKey, firstPage] = [...pages].find(([key]) => byPage.get(key)?.length) ?? [];
	const first = firstKey && firstPage ? { passage: byPage.get(firstKey)![0], page: firstPage } : undefined;
	return { byPage, notes, resolvers, first, assignment };
}
