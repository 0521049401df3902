import type { EditionPassage, EditionText } from '../editions/record.ts';

/** What happened to one passage between two texts of the thesis, told by its id. */
export interface PassageChange {
	id: string;
	/** Added (only in the later text), changed (other words; it may also have moved), moved (the same words on another page), removed. */
	kind: 'added' | 'changed' | 'moved' | 'removed';
	/** The passage in the earlier text (all but an added one). */
	before?: EditionPassage;
	/** The passage in the later text (all but a removed one). */
	after?: EditionPassage;
}

export interface EditionChanges {
	added: PassageChange[];
	changed: PassageChange[];
	moved: PassageChange[];
	removed: PassageChange[];
}

/**
 * The passages that differ between two texts of the thesis (two editions, or the last
 * edition and the content now), by passage id: ids let a reworded passage be told apart
 * from a new one. Added, changed and moved passages come in the later text's reading
 * order, removed ones in the earlier text's.
 */
export function compareEditions(before: EditionText, after: EditionText): EditionChanges {
	const earlier = new Map(before.passages.map((passage) => [passage.id, passage]));
	const later = new Set(after.passages.map((passage) => passage.id));
	const changes: EditionChanges = { added: [], changed: [], moved: [], removed: [] };
	for (const passage of after.passages) {
		const was = earlier.get(passage.id);
		if (!was) changes.added.push({ id: passage.id, kind: 'added', after: passage });
		else if (was.text !== passage.text)
			changes.changed.push({ id: passage.id, kind: 'changed', before: was, after: passage });
		else if (was.page !== passage.page)
			changes.moved.push({ id: passage.id, kind: 'moved', before: was, after: passage });
	}
	for (const passage of before.passages)
		if (!later.has(passage.id)) changes.removed.push({ id: passage.id, kind: 'removed', before: passage });
	return changes;
}

/** Every change, in the order the Changes page lists them: added, changed, moved, removed. */
export function allChanges(changes: EditionChanges): PassageChange[] {
	return [...changes.added, ...changes.changed, ...changes.moved, ...changes.removed];
}

/**
 * For each passage of the text now, the last change of its words: in which edition
 * (undefined: since the last one, not yet recorded) and which edition holds the words
 * before it. Passages whose words never changed (or that are new) have none.
 */
export function lastWordChanges(
	editions: readonly (EditionText & { edition: number })[],
	now: EditionText,
): Map<string, { edition?: number; earlier: number }> {
	const marks = new Map<string, { edition?: number; earlier: number }>();
	const texts = [...editions, now];
	for (let i = 1; i < texts.length; i++) {
		const edition = i < editions.length ? editions[i].edition : undefined;
		for (const change of compareEditions(texts[i - 1], texts[i]).changed)
			marks.set(change.id, { ...(edition === undefined ? {} : { edition }), earlier: editions[i - 1].edition });
	}
	const current = new Set(now.passages.map((passage) => passage.id));
	for (const id of marks.keys()) if (!current.has(id)) marks.delete(id);
	return marks;
}
