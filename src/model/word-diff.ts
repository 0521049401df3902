/**
 * The difference between two versions of a passage, word by word, for the Changes page:
 * the longest run of words the two share stays, the rest is marked removed or added.
 * Words are what spaces separate, so punctuation goes with its word ("protected." differs
 * from "protected").
 */

export interface DiffPart {
	kind: 'same' | 'removed' | 'added';
	/** The words of the part, joined by single spaces. */
	text: string;
}

/** Above this many word pairs to compare, the passage is shown as replaced whole (a thesis passage is far below it). */
const largest = 4_000_000;

export function wordDiff(before: string, after: string): DiffPart[] {
	const a = words(before);
	const b = words(after);
	// The common start and end need no table.
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
	const middle = changes(a.slice(start, a.length - end), b.slice(start, b.length - end));
	const parts: { kind: DiffPart['kind']; word: string }[] = [
		...a.slice(0, start).map((word) => ({ kind: 'same' as const, word })),
		...middle,
		...a.slice(a.length - end).map((word) => ({ kind: 'same' as const, word })),
	];
	return joinRuns(parts);
}

/** One side of a difference: the earlier words (kept and removed) or the later ones (kept and added). */
export function sideOf(parts: DiffPart[], side: 'before' | 'after'): DiffPart[] {
	const shown = parts.filter((part) => part.kind !== (side === 'before' ? 'added' : 'removed'));
	return joinRuns(shown.flatMap(({ kind, text }) => text.split(' ').map((word) => ({ kind, word }))));
}

function words(text: string): string[] {
	return text.split(/\s+/).filter(Boolean);
}

/** Each word of `a` and `b` marked kept, removed or added, through a longest common subsequence. */
function changes(a: string[], b: string[]): { kind: DiffPart['kind']; word: string }[] {
	if (a.length * b.length > largest)
		return [
			...a.map((word) => ({ kind: 'removed' as const, word })),
			...b.map((word) => ({ kind: 'added' as const, word })),
		];
	// common[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
	const width = b.length + 1;
	const common = new Uint32Array((a.length + 1) * width);
	for (let i = a.length - 1; i >= 0; i--)
		for (let j = b.length - 1; j >= 0; j--)
			common[i * width + j] =
				a[i] === b[j]
					? common[(i + 1) * width + j + 1] + 1
					: Math.max(common[(i + 1) * width + j], common[i * width + j + 1]);
	const result: { kind: DiffPart['kind']; word: string }[] = [];
	let i = 0;
	let j = 0;
	while (i < a.length || j < b.length) {
		if (i < a.length && j < b.length && a[i] === b[j]) {
			result.push({ kind: 'same', word: a[i] });
			i++;
			j++;
		} else if (j >= b.length || (i < a.length && common[(i + 1) * width + j] >= common[i * width + j + 1])) {
			// On a tie the removal comes first, so a replaced word reads "old new".
			result.push({ kind: 'removed', word: a[i] });
			i++;
		} else {
			result.push({ kind: 'added', word: b[j] });
			j++;
		}
	}
	return result;
}

/** Neighbouring words of one kind as one part. */
function joinRuns(marked: { kind: DiffPart['kind']; word: string }[]): DiffPart[] {
	const parts: DiffPart[] = [];
	for (const { kind, word } of marked) {
		const last = parts.at(-1);
		if (last?.kind === kind) last.text += ` ${word}`;
		else parts.push({ kind, text: word });
	}
	return parts;
}
