import type { EditionRecord, EditionText } from '../editions/record.ts';
import { formatDate } from '../lib/dates.ts';
import { sectionTitle } from '../lib/sections.ts';
import { siteHref } from '../lib/urls.ts';
import type { PageKey } from '../passages/registry.ts';
import { allChanges, compareEditions, type PassageChange } from './edition-diff.ts';
import { passageAnchor } from './passage-ids.ts';
import type { Passages } from './passages.ts';
import { anchors, paths } from './routes.ts';
import type { Page } from './thesis.ts';
import { sideOf, wordDiff, type DiffPart } from './word-diff.ts';

/** An edition as pages and citations name it. */
export interface EditionStamp {
	edition: number;
	/** YYYY-MM-DD */
	date: string;
	note: string;
	/** "Edition 2, 3 December 2026" */
	label: string;
}

/** One version of a passage's words on the Changes page. */
export interface WordsView {
	/** "Edition 1", or "Now" for words not yet in an edition. */
	label: string;
	/** Where these words are published: the passage in that edition's full text. */
	href?: string;
	/** The words; a changed passage's are marked removed (earlier) or added (later). */
	parts: DiffPart[];
}

/** A passage's change, as the Changes page tells it. */
export interface ChangeView {
	id: string;
	kind: PassageChange['kind'];
	/** Its id on the Changes page. */
	anchor: string;
	/** The section it stands in (in the later text; in the earlier one if removed): "2.1 (2) Title". */
	where: string;
	/** The section it stood in before, when it moved. */
	movedFrom?: string;
	/** Where the passage stands now: its place, the note its page keeps, or its permanent address. */
	nowHref: string;
	earlier?: WordsView;
	later?: WordsView;
}

/** A page of an edition's full text. */
export interface EditionPageView {
	key: PageKey;
	/** Its id on the edition's page. */
	anchor: string;
	/** "2.1 (2) Title", as the edition numbered and titled it. */
	label: string;
	/** The page as it stands now, if it still exists. */
	currentHref?: string;
	passages: { id: string; anchor: string; text: string }[];
}

export interface EditionView extends EditionStamp {
	/** Its id on the Changes page. */
	anchor: string;
	/** Its full text: "/editions/2/". */
	href: string;
	/** Its entry on the Changes page. */
	changesHref: string;
	passageCount: number;
	/** What it changed since the edition before it (nothing for the first). */
	changes: ChangeView[];
	pages: EditionPageView[];
}

export interface Editions {
	/** Every recorded edition, oldest first. */
	list: EditionView[];
	/** The last recorded edition: the one pages and citations name. */
	current?: EditionView;
	/** What the content changed since the last edition, not yet recorded by `npm run edition`. */
	unrecorded: ChangeView[];
	/** The thesis's words as they stand: what `npm run edition` records. */
	now: EditionText;
}

/** "Edition 2, 3 December 2026": the words every page, citation and the PDF use. */
export const editionLabel = ({ edition, date }: { edition: number; date: string }) =>
	`Edition ${edition}, ${formatDate(date)}`;

/** The thesis's words as they stand, page by page in reading order (the pages that hold passages). */
export function textNow(pages: { key: PageKey; page: Page }[], passages: Passages): EditionText {
	const holding = pages.filter(({ key }) => passages.byPage.get(key)?.length);
	return {
		pages: holding.map(({ key, page }) => ({ page: key, section: page.section ?? '', title: page.title })),
		passages: holding.flatMap(({ key }) => passages.byPage.get(key)!.map(({ id, text }) => ({ id, page: key, text }))),
	};
}

/**
 * The editions as the site shows them: each with its full text and what it changed since
 * the one before, and what the content changed since the last one. Links to a passage
 * "now" follow it through later edits (its resolver's target). A pure function.
 */
export function buildEditions(
	records: readonly EditionRecord[],
	now: EditionText,
	passages: Passages,
	pages: ReadonlyMap<PageKey, Page>,
): Editions {
	const targets = new Map(
		passages.resolvers.map((resolver) => [resolver.id, resolver.target.href ?? siteHref(paths.passage(resolver.id))]),
	);
	const nowHref = (id: string) => targets.get(id) ?? siteHref(paths.passage(id));
	const list = records.map((record, index): EditionView => {
		const previous = records[index - 1];
		return {
			...stampOf(record),
			anchor: anchors.edition(record.edition),
			href: siteHref(paths.edition(record.edition)),
			changesHref: `${siteHref(paths.changes)}#${anchors.edition(record.edition)}`,
			passageCount: record.passages.length,
			changes: previous
				? allChanges(compareEditions(previous, record)).map((change) =>
						changeView(change, {
							before: previous,
							after: record,
							anchor: anchors.change(record.edition, change.id),
							nowHref,
						}),
					)
				: [],
			pages: record.pages.map((page) => ({
				key: page.page,
				anchor: page.page.replace('/', '-'),
				label: sectionTitle(page),
				...(pages.has(page.page) ? { currentHref: pages.get(page.page)!.href } : {}),
				passages: record.passages
					.filter((passage) => passage.page === page.page)
					.map(({ id, text }) => ({ id, anchor: passageAnchor(id), text })),
			})),
		};
	});
	const last = records.at(-1);
	const unrecorded = last
		? allChanges(compareEditions(last, now)).map((change) =>
				changeView(change, { before: last, after: now, anchor: anchors.unrecordedChange(change.id), nowHref }),
			)
		: [];
	return { list, current: list.at(-1), unrecorded, now };
}

export function stampOf(header: { edition: number; date: string; note: string }): EditionStamp {
	return { edition: header.edition, date: header.date, note: header.note, label: editionLabel(header) };
}

/** A change with its words: the earlier ones (linked in their edition) and the later ones, marked word by word. */
function changeView(
	change: PassageChange,
	context: {
		before: EditionRecord;
		after: EditionText & { edition?: number };
		anchor: string;
		nowHref: (id: string) => string;
	},
): ChangeView {
	const { before, after } = context;
	const label = (page: string | undefined, text: EditionText) => {
		const found = text.pages.find((p) => p.page === page);
		return found ? sectionTitle(found) : (page ?? '');
	};
	const parts = change.kind === 'changed' ? wordDiff(change.before!.text, change.after!.text) : undefined;
	const plain = (text: string): DiffPart[] => [{ kind: 'same', text }];
	const earlier: WordsView | undefined = change.before && {
		label: `Edition ${before.edition}`,
		href: `${siteHref(paths.edition(before.edition))}#${passageAnchor(change.id)}`,
		parts: parts ? sideOf(parts, 'before') : plain(change.before.text),
	};
	const later: WordsView | undefined = change.after && {
		label: after.edition === undefined ? 'Now' : `Edition ${after.edition}`,
		...(after.edition === undefined
			? {}
			: { href: `${siteHref(paths.edition(after.edition))}#${passageAnchor(change.id)}` }),
		parts: parts ? sideOf(parts, 'after') : plain(change.after.text),
	};
	const movedFrom =
		change.before && change.after && change.before.page !== change.after.page
			? label(change.before.page, before)
			: undefined;
	return {
		id: change.id,
		kind: change.kind,
		anchor: context.anchor,
		where: change.after ? label(change.after.page, after) : label(change.before?.page, before),
		...(movedFrom ? { movedFrom } : {}),
		nowHref: context.nowHref(change.id),
		...(earlier ? { earlier } : {}),
		...(later ? { later } : {}),
	};
}
