/** The known name nearest to a mistyped one, if it is close (or one contains the other). */
export function closest(name: string, known: Iterable<string>): string | undefined {
	const candidates = [...known];
	const folded = candidates.find((candidate) => candidate.toLowerCase() === name.toLowerCase());
	if (folded) return folded;
	const containing = candidates.filter((candidate) => candidate.startsWith(name) || name.startsWith(candidate));
	if (containing.length === 1) return containing[0];
	let best: { name: string; distance: number } | undefined;
	for (const candidate of candidates) {
		const distance = editDistance(name, candidate);
		if (!best || distance < best.distance) best = { name: candidate, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(name.length / 4)) ? best.name : undefined;
}

/** `did you mean "x"?` when a near name exists, else the list of names to choose from. */
export function didYouMean(name: string, known: Iterable<string>, otherwise: string): string {
	const suggestion = closest(name, known);
	return suggestion ? `did you mean "${suggestion}"?` : otherwise;
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}
