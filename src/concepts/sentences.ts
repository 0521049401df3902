/**
 * The readable text of an MDX body: components, HTML, Markdown link targets and marks
 * removed, one paragraph per line.
 */
export function plainText(mdx: string): string {
	return mdx
		.replace(/^```[\s\S]*?^```/gm, '')
		.replace(/<[^>]+\/>/g, '')
		.replace(/<\/?[A-Za-z][^>]*>/g, '')
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^#+\s*/gm, '')
		.replace(/[*_`]/g, '')
		.replace(/\(\s*\)/g, '')
		.replace(/[ \t]+/g, ' ');
}

/** Sentences of plain text, split after . ! ? followed by space and a capital or quote. */
export function sentencesOf(text: string): string[] {
	return text
		.split(/\n+/)
		.flatMap((paragraph) => paragraph.split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"(])/))
		.map((sentence) => sentence.trim())
		.filter(Boolean);
}
