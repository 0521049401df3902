import { describe, expect, it } from 'vitest';
import { location } from '../content/problem.ts';
import { parseContent } from '../content/load.ts';
import { checkContent } from '../content/rules/index.ts';
import { source, validFiles } from './content-fixture.ts';

const bytes = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)));
const problemsOf = (path: string, data: Uint8Array) => {
	const others = Object.entries(validFiles).filter(([p]) => p !== path);
	const content = parseContent([...others.map(([p, t]) => source(p, new TextEncoder().encode(t))), source(path, data)]);
	return checkContent(content).map((p) => `${location(p)}: ${p.message}`);
};

describe('reading a file', () => {
	it('accepts a UTF-8 BOM, also before the frontmatter', () => {
		expect(problemsOf('dynamics/second.mdx', bytes([0xef, 0xbb, 0xbf], validFiles['dynamics/second.mdx']))).toEqual([]);
	});
	it('a byte that is not UTF-8 is an error saying so, with its line', () => {
		expect(problemsOf('dynamics/second.mdx', bytes(validFiles['dynamics/second.mdx'], 'caf', [0xe9], '\n'))).toEqual([
			'content/dynamics/second.mdx:9:4: the file is not UTF-8 text: this byte is not valid UTF-8',
		]);
	});
	it('a missing frontmatter is not called "not valid YAML"', () => {
		expect(problemsOf('dynamics/second.mdx', bytes('Just text.\n'))).toEqual([
			'content/dynamics/second.mdx:1: the file has no frontmatter (--- … ---) at its top',
		]);
		expect(problemsOf('dynamics/second.mdx', bytes('\n---\ntitle: "x"\n---\n'))).toEqual([
			'content/dynamics/second.mdx:1: the frontmatter does not start on the first line of the file',
		]);
	});
	it('a YAML error gives one line: the line of the file', () => {
		expect(
			problemsOf(
				'dynamics/second.mdx',
				bytes(validFiles['dynamics/second.mdx'].replace('category: "beta"', 'category: "beta')),
			),
		).toEqual([expect.stringMatching(/^content\/dynamics\/second\.mdx:4: the frontmatter is not valid YAML: /)]);
	});
});

describe('the words of a body', () => {
	it('are the typographic words the reader sees (Astro’s smartypants): quotes, dashes, ellipses', () => {
		const content = parseContent([
			source(
				'dynamics/second.mdx',
				new TextEncoder().encode(
					`${validFiles['dynamics/second.mdx'].trimEnd()}\n\nWho gains from "Internet +" -- and who doesn't...\n`,
				),
			),
		]);
		const entry = content.entries.find((e) => e.file.endsWith('dynamics/second.mdx'))!;
		expect(entry.passages.at(-1)?.text).toBe('Who gains from “Internet +” — and who doesn’t…');
	});
});
