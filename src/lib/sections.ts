/** Compares thesis section numbers such as "2", "3.1", "3.10" in reading order. */
export function compareSections(a: string, b: string): number {
	const left = a.split('.').map(Number);
	const right = b.split('.').map(Number);
	for (let i = 0; i < Math.max(left.length, right.length); i++) {
		const difference = (left[i] ?? -1) - (right[i] ?? -1);
		if (difference !== 0) return difference;
	}
	return 0;
}

/** The label of a dynamic as the thesis numbers it: section "2.1", position 3 → "2.1 (3)". */
export function dynamicLabel(categorySection: string, position: number): string {
	return `${categorySection} (${position})`;
}

/** A heading as the thesis writes it: "2.1 Some heading", or the title alone if unnumbered. */
export function sectionTitle(item: { section?: string; title: string }): string {
	return item.section ? `${item.section} ${item.title}` : item.title;
}
