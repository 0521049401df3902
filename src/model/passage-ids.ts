import { dynamicLabel } from '../lib/sections.ts';
import { matchPassages, type PassageChanges } from '../passages/match.ts';
import { serializeRegistry, type PageKey, type RegistryEntry, type RegistryFile } from '../passages/registry.ts';
import type { ThesisInput } from './thesis.ts';

/** A citable passage's id where it stands, as the rehype plugin writes it into the page. */
export interface PassageId {
	id: string;
	/** The positional id published before passages had ids of their own, still answering. */
	alias?: string;
	/** The permalink's accessible name: "Link to paragraph 2 of section 2.1 (3)". */
	label: string;
}

/** Each page's passage ids, and the registry as this content leaves it. */
export interface PassageAssignment {
	byPage: Map<PageKey, PassageId[]>;
	/** The registry after matching today's passages with it. */
	registry: RegistryEntry[];
	changes: PassageChanges;
	/** The registry file must be (re)written: it differs from what matching gives. */
	stale: boolean;
	/** The registry file, as messages print it. */
	file: string;
}

/** The page a passage stands on: its collection and file name, "dynamics/big-data-integration". */
export const pageKey = (entry: { collection: string; id: string }): PageKey => `${entry.collection}/${entry.id}`;

/** The id of a passage's element on a page: "p-k3f9a". */
export const passageAnchor = (id: string) => `p-${id}`;

/** The positional id of the paragraph at `position` of a section: "2.2 (2)", 3 → "p-2-2-2-3". */
export function positionalId(section: string, position: number): string {
	return `p-${section.replace(/[^0-9]+/g, '-').replace(/^-|-$/g, '')}-${position}`;
}

/**
 * Matches the passages of the pages that hold them (chapters, dynamics, challenges) with
 * the registry (src/passages/match.ts), a pure function of valid content. The first
 * registry of a thesis records each paragraph's positional id ("p-2-2-2-3", the address
 * published before), which keeps answering as an alias of that passage from then on.
 */
export function assignPassages(input: ThesisInput, registry: RegistryFile): PassageAssignment {
	const categorySections = new Map(input.metadata.categories.map((c) => [c.id, c.section]));
	const pages = [
		...input.chapters.map((entry) => ({ entry, section: entry.data.section })),
		...input.dynamics.map((entry) => ({
			entry,
			section: dynamicLabel(categorySections.get(entry.data.category) ?? '', entry.data.position),
		})),
		...input.challenges.map((entry) => ({ entry, section: entry.data.section })),
	]
		.map((page) => ({ ...page, key: pageKey(page.entry) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

	const matched = matchPassages(
		registry.entries,
		pages.map(({ key, entry }) => ({ page: key, texts: entry.passages.map((p) => p.text) })),
	);
	const entries = new Map(matched.registry.map((entry) => [entry.id, entry]));
	const byPage = new Map<PageKey, PassageId[]>();
	for (const { key, entry, section } of pages) {
		const counts = { paragraph: 0, item: 0 };
		const ids = matched.ids.get(key)!;
		byPage.set(
			key,
			entry.passages.map((passage, i) => {
				const position = ++counts[passage.kind];
				const registered = entries.get(ids[i])!;
				if (!registry.exists && passage.kind === 'paragraph') registered.alias = positionalId(section, position);
				const what = passage.kind === 'paragraph' ? 'paragraph' : 'list item';
				return {
					id: registered.id,
					...(registered.alias ? { alias: registered.alias } : {}),
					label: `Link to ${what} ${position} of section ${section}`,
				};
			}),
		);
	}
	const written = serializeRegistry(matched.registry);
	return {
		byPage,
		registry: matched.registry,
		changes: matched.changes,
		stale: written !== registry.source,
		file: registry.file,
	};
}

/**
 * One line on what matching changed: after a build recorded it, "passages: 2 new, 1 moved;
 * commit content/passages.jsonl"; from `npm run validate`, which only reads, what a build would record.
 */
export function describeChanges(assignment: PassageAssignment, recorded = true): string {
	const { added, changed, moved, merged, removed, restored } = assignment.changes;
	const parts = [
		[added.length, 'new'],
		[changed.length, 'changed'],
		[moved.length, 'moved'],
		[merged.length, 'merged'],
		[removed.length, 'removed'],
		[restored.length, 'restored'],
	]
		.filter(([count]) => count)
		.map(([count, what]) => `${count} ${what}`);
	const what = parts.length ? parts.join(', ') : 'registry rewritten';
	return recorded
		? `passages: ${what}; commit ${assignment.file}`
		: `passages: ${what}, not yet recorded in ${assignment.file} (\`npm run build\` or \`npm run dev\` records them)`;
}
