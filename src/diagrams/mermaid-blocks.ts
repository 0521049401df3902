import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A ```mermaid block in a Markdown or MDX file. */
export interface MermaidBlock {
	file: string;
	/** The line of the block's first source line in the file (1-based). */
	line: number;
	source: string;
}

/**
 * The ```mermaid (or ~~~mermaid) blocks of one Markdown text, with their lines. Fences of
 * other languages are skipped whole, so a mermaid example shown inside one is not a diagram.
 */
export function mermaidBlocksIn(text: string, file: string): MermaidBlock[] {
	const blocks: MermaidBlock[] = [];
	const lines = text.split(/\r?\n/);
	for (let i = 0; i < lines.length; i++) {
		const opening = openingFence(lines[i]);
		if (!opening) continue;
		const start = i + 1;
		let end = start;
		while (end < lines.length && !isClosingFence(lines[end], opening.fence)) end++;
		if (opening.language === 'mermaid') blocks.push({ file, line: start + 1, source: lines.slice(start, end).join('\n') });
		i = end;
	}
	return blocks;
}

/** The fence (``` or ~~~, three or more) and language a line opens a code block with, if any. */
export function openingFence(line: string): { fence: string; language: string } | undefined {
	const match = /^\s*(`{3,}|~{3,})\s*([\w-]*)/.exec(line);
	return match ? { fence: match[1], language: match[2] } : undefined;
}

/** A closing fence: the same character, at least as long, and nothing after it. */
export function isClosingFence(line: string, fence: string): boolean {
	const match = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
	return !!match && match[1][0] === fence[0] && match[1].length >= fence.length;
}

/** Every mermaid block in the .md and .mdx files below a folder. */
export function mermaidBlocksBelow(folder: string): MermaidBlock[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.flatMap((name) => {
			const file = join(folder, name);
			return mermaidBlocksIn(readFileSync(file, 'utf8'), file);
		});
}
