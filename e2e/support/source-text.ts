/** The thesis's source text (content/source.txt) cut into what the site must show. */

/** Text with PDF artefacts and typography folded away, for comparison. */
export function normalise(text: string): string {
	return text
		.replace(/[“”]/g, '"')
		.replace(/[‘’]/g, "'")
		.replace(/\s+/g, ' ')
		.replace(/\s*"\s*/g, '"')
		.replace(/\s+([.,;:)])/g, '$1')
		.replace(/\.(?=[A-Z])/g, '. ')
		.trim()
		.toLowerCase();
}

/**
 * The thesis split into its headings and its running text. A heading is a line that starts
 * with a section number ("2.1 ", "(3) ", "4. "); one that runs on to a lower-case line
 * continues there. Figure captions ("Fig. 2 …") are set aside: figures carry them.
 */
export function splitThesis(source: string): { headings: string[]; sentences: string[] } {
	const headings: string[] = [];
	const text: string[] = [];
	const lines = source.replace(/^\s*Abstract\.\s*/, '').split('\n');
	for (let i = 0; i < lines.length; i++) {
		let line = lines[i].trim();
		if (/^Fig\. \d/.test(line)) continue;
		if (/^(\d+\.(\d+)?|\(\d+\))\s+\S/.test(line)) {
			while (/^[a-z]/.test(lines[i + 1]?.trim() ?? '')) line += ` ${lines[++i].trim()}`;
			headings.push(line.replace(/^(\d+\.(\d+)?|\(\d+\))\s+/, '').replace(/\.\s*$/, ''));
			continue;
		}
		text.push(line);
	}
	const sentences = normalise(text.join(' ')).split(/(?<=[a-z)"]\.)(?:\s+(?=["a-z(])|(?="))/);
	return { headings: headings.map(normalise), sentences };
}
