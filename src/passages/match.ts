import { newPassageId } from './new-id.ts';
import type { PageKey, RegistryEntry } from './registry.ts';
import { containment, profile, similarity, termSimilarity, type TextProfile } from './similarity.ts';

/** The citable passages of one page as they stand, in reading order (texts normalised). */
export interface PagePassages {
	page: PageKey;
	texts: string[];
}

/** What one matching changed in the registry, by passage id. */
export interface PassageChanges {
	added: string[];
	changed: string[];
	moved: string[];
	merged: string[];
	removed: string[];
	restored: string[];
}

export interface MatchResult {
	/** Each page's passage ids, in reading order. */
	ids: Map<PageKey, string[]>;
	/** The registry after this matching: pages in the given order, then retired passages. */
	registry: RegistryEntry[];
	changes: PassageChanges;
}

/** A passage that grew by one sentence or lost one stays itself; one half rewritten does not. */
const similarEnough = 0.5;
/** A passage whose word pairs are nearly all inside another was merged into it. */
const mergedEnough = 0.8;
/** Between the same two neighbours, a passage sharing this much of its vocabulary was rewritten, not replaced. */
const rewrittenEnough = 0.4;
/** Merges are recognised from passages of a few words up: shorter ones are found in too many texts. */
const mergeMinimumPairs = 4;

interface Current {
	page: PageKey;
	index: number;
	text: string;
	profile: TextProfile;
	entry?: Old;
}
interface Old {
	entry: RegistryEntry;
	order: number;
	profile: TextProfile;
	taken?: Current;
	mergedInto?: Old;
}

/**
 * Gives each passage of today's pages the id it had in the registry, and new ids to new
 * passages. A pure function of the registry and the texts: the same input gives the same
 * ids everywhere. A passage is recognised, in this order, by
 *  1. the same words (on its page first, then on another: it moved);
 *  2. the same words as a removed or merged passage (it was put back);
 *  3. containing two or more former passages (they were merged: the first keeps its id);
 *  4. the most similar words (reworded, extended, shortened, split: the larger part keeps the id);
 *  5. the same two neighbours and much the same vocabulary (rewritten in place).
 * What is left of today's passages is new; what is left of the registry's was removed. A
 * retired id stays in the registry for good, so it is never given to another passage.
 */
export function matchPassages(registry: readonly RegistryEntry[], pages: readonly PagePassages[]): MatchResult {
	const olds: Old[] = registry.map((entry, order) => ({ entry, order, profile: profile(entry.text) }));
	const live = olds.filter((o) => o.entry.state === 'live');
	const retired = olds.filter((o) => o.entry.state !== 'live');
	const currents: Current[] = pages.flatMap(({ page, texts }) =>
		texts.map((text, index) => ({ page, index, text, profile: profile(text) })),
	);
	const take = (current: Current, old: Old) => {
		current.entry = old;
		old.taken = current;
	};
	const open = (list: Old[]) => list.filter((o) => !o.taken && !o.mergedInto);
	const waiting = () => currents.filter((c) => !c.entry);

	// 1 and 2: the same words, on the same page before any other.
	for (const candidates of [live, retired])
		for (const samePage of [true, false])
			for (const current of waiting()) {
				const old = candidates.find(
					(o) => !o.taken && o.entry.text === current.text && (!samePage || o.entry.page === current.page),
				);
				if (old) take(current, old);
			}

	// 3: merged passages.
	for (const current of waiting()) {
		const parts = open(live).filter(
			(o) => o.profile.pairCount >= mergeMinimumPairs && containment(o.profile, current.profile) >= mergedEnough,
		);
		if (parts.length < 2) continue;
		take(current, parts[0]);
		for (const part of parts.slice(1)) part.mergedInto = parts[0];
	}

	// 4: the most similar pairs first.
	const pairs: { current: Current; old: Old; score: number }[] = [];
	for (const current of waiting())
		for (const old of open(live)) {
			const score = similarity(current.profile, old.profile);
			if (score >= similarEnough) pairs.push({ current, old, score });
		}
	pairs.sort(
		(a, b) =>
			b.score - a.score ||
			Number(b.old.entry.page === b.current.page) - Number(a.old.entry.page === a.current.page) ||
			a.old.order - b.old.order ||
			currents.indexOf(a.current) - currents.indexOf(b.current),
	);
	for (const { current, old } of pairs) if (!current.entry && !old.taken) take(current, old);

	// 5: rewritten in place, between the same neighbours as before.
	const before = neighboursBefore(live);
	for (const { page } of pages) {
		const onPage = currents.filter((c) => c.page === page);
		onPage.forEach((current, i) => {
			if (current.entry) return;
			const previous = i === 0 ? edge : onPage[i - 1].entry?.entry.id;
			const next = i === onPage.length - 1 ? edge : onPage[i + 1].entry?.entry.id;
			if (previous === undefined || next === undefined) return;
			const old = open(live).find((o) => {
				const around = before.get(o)!;
				return (
					o.entry.page === page &&
					around.previous === previous &&
					around.next === next &&
					termSimilarity(o.profile, current.profile) >= rewrittenEnough
				);
			});
			if (old) take(current, old);
		});
	}

	return result(olds, currents, pages);
}

/** Stands for the start or the end of a page among a passage's neighbours. */
const edge = '';

/** Each live passage's neighbours on its page, as the registry recorded them. */
function neighboursBefore(live: Old[]): Map<Old, { previous: string; next: string }> {
	const around = new Map<Old, { previous: string; next: string }>();
	const byPage = Map.groupBy(live, (o) => o.entry.page);
	for (const list of byPage.values())
		list.forEach((old, i) =>
			around.set(old, { previous: list[i - 1]?.entry.id ?? edge, next: list[i + 1]?.entry.id ?? edge }),
		);
	return around;
}

/** The new registry, the ids of each page and what changed. */
function result(olds: Old[], currents: Current[], pages: readonly PagePassages[]): MatchResult {
	const changes: PassageChanges = { added: [], changed: [], moved: [], merged: [], removed: [], restored: [] };
	const taken = new Set(olds.map((o) => o.entry.id));
	const entries: RegistryEntry[] = [];
	const ids = new Map<PageKey, string[]>(pages.map(({ page }) => [page, []]));
	for (const current of currents) {
		const old = current.entry?.entry;
		let entry: RegistryEntry;
		if (!old) {
			const id = newPassageId(current.page, current.text, taken);
			taken.add(id);
			entry = { id, page: current.page, state: 'live', text: current.text };
			changes.added.push(id);
		} else {
			const formerly = old.page === current.page ? old.formerly : [...(old.formerly ?? []), old.page];
			const remaining = formerly?.filter((page, i) => page !== current.page && formerly.indexOf(page) === i);
			entry = {
				id: old.id,
				page: current.page,
				state: 'live',
				...(remaining?.length ? { formerly: remaining } : {}),
				...(old.alias ? { alias: old.alias } : {}),
				text: current.text,
			};
			if (old.state !== 'live') changes.restored.push(old.id);
			else if (old.page !== current.page) changes.moved.push(old.id);
			if (old.state === 'live' && old.text !== current.text) changes.changed.push(old.id);
		}
		entries.push(entry);
		ids.get(current.page)!.push(entry.id);
	}
	for (const old of olds) {
		if (old.taken) continue;
		if (old.mergedInto) {
			entries.push({ ...old.entry, state: 'merged', mergedInto: old.mergedInto.entry.id });
			changes.merged.push(old.entry.id);
		} else if (old.entry.state === 'live') {
			entries.push({ ...old.entry, state: 'removed' });
			changes.removed.push(old.entry.id);
		} else entries.push(old.entry);
	}
	return { ids, registry: entries, changes };
}
