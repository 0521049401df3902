/** Sentences of plain text, split after . ! ? followed by space and a capital or quote. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((paragraph) => paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"(])/))
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}
