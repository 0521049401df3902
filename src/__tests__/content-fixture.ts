import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseContent } from '../content/load.ts';
import type { Content } from '../content/entry.ts';
import { decode, type SourceFile } from '../content/read.ts';

/** Writes the small thesis of validFiles into a folder (a temporary content folder); returns it. */
export function writeValidFiles(folder: string): string {
	for (const [path, text] of Object.entries(validFiles)) {
		mkdirSync(dirname(join(folder, path)), { recursive: true });
		writeFileSync(join(folder, path), text);
	}
	return folder;
}

/** A small valid thesis, file by file (paths relative to content/). */
export const validFiles: Record<string, string> = {
	'thesis.json': JSON.stringify(
		{
			title: 'A thesis',
			shortTitle: 'Thesis',
			language: 'en',
			description: 'One sentence.',
			abstract: ['The abstract.'],
			categories: [
				{ id: 'alpha', section: '2.1', title: 'Alpha dynamics', lead: 'Alpha lead.' },
				{ id: 'beta', section: '2.2', title: 'Beta dynamics', lead: 'Beta lead.' },
			],
		},
		null,
		2,
	),
	'chapters/introduction.mdx':
		'---\ntitle: "Introduction"\nsection: "1"\nsummary: "Intro."\n---\n\nThe intro mentions a gadget.\n',
	'chapters/dynamics.mdx':
		'---\ntitle: "Dynamics"\nsection: "2"\nsummary: "Dynamics."\nlists: "dynamics"\n---\n\nSee <FigureRef id="tree" />.\n\n<Figure id="tree" />\n',
	'chapters/challenges.mdx':
		'---\ntitle: "Challenges"\nsection: "3"\nsummary: "Challenges."\nlists: "challenges"\n---\n\nText.\n',
	'dynamics/first.mdx':
		'---\ntitle: "First"\nsummary: "First dynamic."\ncategory: "alpha"\nposition: 1\nrelatedChallenges: ["hard"]\nconcepts: ["widget"]\n---\n\n## Part\n\nA widget grows. Nothing else.\n\n<Figure id="chart" />\n',
	'dynamics/second.mdx':
		'---\ntitle: "Second"\nsummary: "Second dynamic."\ncategory: "beta"\nposition: 1\n---\n\nText.\n',
	'challenges/hard.mdx':
		'---\ntitle: "Hard"\nsummary: "A challenge."\nsection: "3.1"\nsuggestions: ["Do better."]\n---\n\nText.\n',
	'figures/tree.md':
		'---\ncaption: "Tree"\ntitle: "Tree"\ndescription: "A tree."\nsource: "Drawn."\ngeneratedFrom: "dynamics-tree"\n---\n',
	'figures/chart.md':
		'---\ncaption: "Chart"\ntitle: "Chart"\ndescription: "A chart."\nsource: "Drawn."\n---\n\n```mermaid\nflowchart LR\n  A --> B\n```\n',
	'concepts/widget.mdx': '---\nterm: "widget"\naliases: ["gadget"]\ndefinition: "A thing."\nrelated: ["gizmo"]\n---\n',
	'concepts/gizmo.mdx': '---\nterm: "gizmo"\ndefinition: "Another thing."\n---\n',
};

/**
 * Content read from in-memory files: the valid thesis above with some files replaced
 * (a string), edited (a function) or removed (null). Files are named content/<path>.
 */
export function contentWith(edits: Record<string, string | null | ((text: string) => string)> = {}): Content {
	const files = { ...validFiles };
	for (const [path, edit] of Object.entries(edits)) {
		if (edit === null) delete files[path];
		else files[path] = typeof edit === 'function' ? edit(files[path] ?? '') : edit;
	}
	return parseContent(Object.entries(files).map(([path, text]) => source(path, new TextEncoder().encode(text))));
}

/** A source file from bytes, as the reader makes it. */
export function source(path: string, bytes: Uint8Array): SourceFile {
	const [folder, name] = path.includes('/') ? path.split('/') : [path === 'thesis.json' ? 'thesis' : 'passages', path];
	const file = `content/${path}`;
	return { collection: folder as SourceFile['collection'], file, name, ...decode(bytes, file) };
}
