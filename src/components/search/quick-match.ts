import type { QuickEntry } from './quick-index.ts';

/** Lower case, without accents, in words: how names and queries are compared. */
function words(text: string): string[] {
	return text
		.normalize('NFKD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.split(/[^\p{L}\p{N}.]+/u)
		.filter(Boolean);
}

/**
 * The quick answers to a query: entries one of whose names has a word starting with each
 * word of the query. A name equal to the query comes first, then a name that starts with
 * it, then any match; concepts before pages, shorter names first. Runs in the browser on
 * every keystroke, so it stays a plain scan.
 */
export function quickMatch(entries: QuickEntry[], query: string, limit = 5): QuickEntry[] {
	const asked = words(query);
	if (asked.length === 0) return [];
	const joined = asked.join(' ');
	const scored = entries.flatMap((entry, order) => {
		let best = Infinity;
		for (const name of entry.names) {
			const nameWords = words(name);
			if (!asked.every((word) => nameWords.some((w) => w.startsWith(word)))) continue;
			const whole = nameWords.join(' ');
			const rank = whole === joined ? 0 : whole.startsWith(joined) ? 1 : 2;
			best = Math.min(best, rank * 1000 + whole.length);
		}
		if (best === Infinity) return [];
		return [{ entry, score: best + (entry.kind === 'concept' ? 0 : 500), order }];
	});
	return scored
		.sort((a, b) => a.score - b.score || a.order - b.order)
		.slice(0, limit)
		.map((s) => s.entry);
}
