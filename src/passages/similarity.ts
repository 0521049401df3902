/**
 * How alike two passages are, as the matching of passages to their ids needs it: on the
 * words alone (case, punctuation and spacing do not count), so that a reworded or
 * extended paragraph is still recognised and two unrelated ones are not.
 */

/** A text reduced to what comparisons read, computed once per passage. */
export interface TextProfile {
	/** Pairs of neighbouring words, counted: they carry word order, so common words alone match little. */
	pairs: Map<string, number>;
	pairCount: number;
	/** Words of four letters or more, counted: a looser likeness for rewritten passages. */
	terms: Map<string, number>;
	termCount: number;
}

/** The words of a text, lower-cased: letters and digits of any script. */
export function words(text: string): string[] {
	return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export function profile(text: string): TextProfile {
	const list = words(text);
	const pairs = list.length < 2 ? list : list.slice(1).map((word, i) => `${list[i]} ${word}`);
	const terms = list.filter((word) => word.length >= 4);
	return { pairs: counts(pairs), pairCount: pairs.length, terms: counts(terms), termCount: terms.length };
}

function counts(items: string[]): Map<string, number> {
	const map = new Map<string, number>();
	for (const item of items) map.set(item, (map.get(item) ?? 0) + 1);
	return map;
}

function shared(a: Map<string, number>, b: Map<string, number>): number {
	let total = 0;
	for (const [item, count] of a) total += Math.min(count, b.get(item) ?? 0);
	return total;
}

function dice(a: Map<string, number>, aCount: number, b: Map<string, number>, bCount: number): number {
	if (aCount + bCount === 0) return 1;
	return (2 * shared(a, b)) / (aCount + bCount);
}

/**
 * Dice's coefficient of the two texts' word pairs, from 0 (nothing shared) to 1 (the same
 * words in the same order). A long paragraph extended by one sentence stays near 1; of a
 * paragraph split in two, the larger part scores higher.
 */
export function similarity(a: TextProfile, b: TextProfile): number {
	return dice(a.pairs, a.pairCount, b.pairs, b.pairCount);
}

/** Dice's coefficient of the longer words, order ignored: how much of the vocabulary two passages share. */
export function termSimilarity(a: TextProfile, b: TextProfile): number {
	return dice(a.terms, a.termCount, b.terms, b.termCount);
}

/** The share of `part`'s word pairs found in `whole`: 1 when `part` was merged into `whole`. */
export function containment(part: TextProfile, whole: TextProfile): number {
	if (part.pairCount === 0) return 0;
	return shared(part.pairs, whole.pairs) / part.pairCount;
}
