import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mermaidErrorLine } from '../diagrams/error-line';
import { mermaidBlocksBelow, mermaidBlocksIn } from '../diagrams/mermaid-blocks';

const file = 'content/figures/dynamics-map.mdx';

describe('mermaidBlocksIn', () => {
	it('finds a ```mermaid block with the line of its first source line', () => {
		const text = ['---', 'title: Map', '---', '', '```mermaid', 'flowchart TD', '\tA --> B', '```', '', 'After.'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 6, source: 'flowchart TD\n\tA --> B' }]);
	});
	it('counts from 1 when the block opens the file', () => {
		expect(mermaidBlocksIn('```mermaid\npie\n```\n', file)).toEqual([{ file, line: 2, source: 'pie' }]);
	});
	it('finds a ~~~mermaid block', () => {
		const text = 'Intro\n\n~~~mermaid\nflowchart LR\n  X --> Y\n~~~\n';
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 4, source: 'flowchart LR\n  X --> Y' }]);
	});
	it('finds a block with a longer fence, which a shorter fence does not close', () => {
		const text = ['````mermaid', 'flowchart TD', '```', 'A --> B', '````', 'Text'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 2, source: 'flowchart TD\n```\nA --> B' }]);
	});
	it('does not close a ``` block with ~~~', () => {
		const text = ['```mermaid', 'flowchart TD', '~~~', 'A --> B', '```'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 2, source: 'flowchart TD\n~~~\nA --> B' }]);
	});
	it('accepts spaces around the language and an indented fence', () => {
		const text = ['Text', '  ``` mermaid  ', '  flowchart TD', '  ```'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 3, source: '  flowchart TD' }]);
	});
	it('ignores other fenced blocks', () => {
		const text = ['```js', 'const mermaid = 1;', '```', '', '```', 'plain', '```', '', '```mermaidx', 'no', '```'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([]);
	});
	it('ignores a ```mermaid line shown inside another fenced block', () => {
		const text = ['How to add a diagram:', '````md', '```mermaid', 'flowchart TD', '```', '````', '', '```mermaid', 'pie', '```'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 9, source: 'pie' }]);
	});
	it('finds every block, in order, between other blocks', () => {
		const text = [
			'# Title', // 1
			'```js', // 2
			'console.log(1);', // 3
			'```', // 4
			'```mermaid', // 5
			'flowchart TD', // 6
			'A --> B', // 7
			'```', // 8
			'Between.', // 9
			'~~~mermaid', // 10
			'pie', // 11
			'  "A" : 1', // 12
			'~~~', // 13
		].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([
			{ file, line: 6, source: 'flowchart TD\nA --> B' },
			{ file, line: 11, source: 'pie\n  "A" : 1' },
		]);
	});
	it('does not read the closing fence as the opening of the next block', () => {
		const text = ['```mermaid', 'flowchart TD', '```', 'Text', '```mermaid', 'pie', '```'].join('\n');
		expect(mermaidBlocksIn(text, file).map((block) => block.line)).toEqual([2, 6]);
	});
	it('gives an empty block an empty source', () => {
		expect(mermaidBlocksIn('a\n```mermaid\n```\nb', file)).toEqual([{ file, line: 3, source: '' }]);
	});
	it('runs an unclosed block to the end of the file', () => {
		const text = ['Text', '```mermaid', 'flowchart TD', 'A --> B', '', 'More'].join('\n');
		expect(mermaidBlocksIn(text, file)).toEqual([{ file, line: 3, source: 'flowchart TD\nA --> B\n\nMore' }]);
	});
	it('finds nothing in text without blocks', () => {
		expect(mermaidBlocksIn('Just text about mermaid diagrams.\n', file)).toEqual([]);
	});
});

describe('mermaidBlocksBelow', () => {
	let folder: string;

	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'diagrams-blocks-'));
	});
	afterEach(() => {
		rmSync(folder, { recursive: true, force: true });
	});

	it('finds the blocks of .md and .mdx files in nested folders, and only those', () => {
		mkdirSync(join(folder, 'figures', 'deep'), { recursive: true });
		writeFileSync(join(folder, 'a.md'), '# A\n\n```mermaid\nflowchart TD\n  A --> B\n```\n');
		writeFileSync(join(folder, 'figures', 'b.mdx'), '---\nid: b\n---\n~~~mermaid\npie\n~~~\n\n```mermaid\nflowchart LR\n```\n');
		writeFileSync(join(folder, 'figures', 'deep', 'c.mdx'), 'Text\n```mermaid\nsequenceDiagram\n```\n');
		writeFileSync(join(folder, 'notes.txt'), '```mermaid\nflowchart TD\n```\n');
		writeFileSync(join(folder, 'figures', 'data.json'), '```mermaid\nflowchart TD\n```\n');
		writeFileSync(join(folder, 'figures', 'old.mdx.bak'), '```mermaid\nflowchart TD\n```\n');
		writeFileSync(join(folder, 'readme.markdown'), '```mermaid\nflowchart TD\n```\n');
		expect(mermaidBlocksBelow(folder)).toEqual([
			{ file: join(folder, 'a.md'), line: 4, source: 'flowchart TD\n  A --> B' },
			{ file: join(folder, 'figures', 'b.mdx'), line: 5, source: 'pie' },
			{ file: join(folder, 'figures', 'b.mdx'), line: 9, source: 'flowchart LR' },
			{ file: join(folder, 'figures', 'deep', 'c.mdx'), line: 3, source: 'sequenceDiagram' },
		]);
	});
	it('finds nothing in files without blocks', () => {
		writeFileSync(join(folder, 'a.mdx'), '# No diagram\n\n```js\nlet a;\n```\n');
		expect(mermaidBlocksBelow(folder)).toEqual([]);
	});
	it('finds nothing in an empty folder', () => {
		expect(mermaidBlocksBelow(folder)).toEqual([]);
	});
});

describe('the line a Mermaid error names', () => {
	const source = 'flowchart LR\n  a --> b\n  b -->\n';
	it('is the line of the message', () => {
		expect(mermaidErrorLine('Parse error on line 2:\n...', source)).toBe(2);
	});
	it('stays within the source when Mermaid counts the line after its end', () => {
		expect(mermaidErrorLine('Parse error on line 4:\n...', source)).toBe(3);
	});
	it('is the first line when the message names none', () => {
		expect(mermaidErrorLine('No diagram type detected', source)).toBe(1);
	});
});
