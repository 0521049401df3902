import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { editionsFolder } from '../editions/record.ts';
import { registryFileName } from '../passages/registry.ts';
import { join, relative, resolve } from 'node:path';
import type { Problem } from './problem.ts';

/** The folders of content/ that hold one entry per file, and the extensions each accepts. */
export const collections = {
	chapters: ['.mdx'],
	dynamics: ['.mdx'],
	challenges: ['.mdx'],
	concepts: ['.mdx'],
	figures: ['.md'],
} as const;
export type Collection = keyof typeof collections;
export const collectionNames = Object.keys(collections) as Collection[];

/** One content file as bytes became text: a BOM removed, or the line of a non-UTF-8 byte. */
export interface SourceFile {
	collection: Collection | 'thesis' | 'passages' | 'editions';
	/** The file as messages print it (relative to the working directory). */
	file: string;
	/** The file name, e.g. big-data-integration.mdx. */
	name: string;
	text: string;
	problems: Problem[];
}

/**
 * Every file of content/ the site reads: thesis.json, the passage registry once a build has
 * written it, the edition records, then each collection's files by name.
 */
export function readSourceFiles(contentDir: string): SourceFile[] {
	const files: SourceFile[] = [readSource(join(contentDir, 'thesis.json'), 'thesis')];
	const registry = join(contentDir, registryFileName);
	if (existsSync(registry)) files.push(readSource(registry, 'passages'));
	for (const name of namesIn(join(contentDir, editionsFolder), /\.jsonl$/))
		files.push(readSource(join(contentDir, editionsFolder, name), 'editions'));
	for (const collection of collectionNames) {
		const folder = join(contentDir, collection);
		for (const name of namesIn(folder, /\.mdx?$/i)) files.push(readSource(join(folder, name), collection));
	}
	return files;
}

/** The names of a folder's files that match, sorted; none if there is no such folder. */
function namesIn(folder: string, pattern: RegExp): string[] {
	try {
		return readdirSync(folder)
			.filter((name) => pattern.test(name))
			.sort();
	} catch {
		return [];
	}
}

/** A cheap fingerprint of everything readSourceFiles reads: names, sizes and times. */
export function contentFingerprint(contentDir: string): string {
	const parts: string[] = [];
	for (const folder of ['', editionsFolder, ...collectionNames]) {
		let names: string[];
		try {
			names = readdirSync(join(contentDir, folder));
		} catch {
			continue;
		}
		for (const name of names.sort()) {
			try {
				const stat = statSync(join(contentDir, folder, name));
				if (stat.isFile()) parts.push(`${folder}/${name}:${stat.size}:${stat.mtimeMs}`);
			} catch {
				// A file removed while listing: the next fingerprint sees it gone.
			}
		}
	}
	return parts.join('\n');
}

function readSource(path: string, collection: SourceFile['collection']): SourceFile {
	let bytes: Uint8Array;
	try {
		bytes = readFileSync(path);
	} catch {
		const file = fileName(path);
		return {
			collection,
			file,
			name: baseName(path),
			text: '',
			problems: [{ file, message: 'the file is missing', fix: `create ${file}: the site needs it (see README.md)` }],
		};
	}
	return sourceFile(path, collection, bytes);
}

/** A content file from its bytes, named as if read from `path` (the editor checks a save before writing it). */
export function sourceFile(path: string, collection: SourceFile['collection'], bytes: Uint8Array): SourceFile {
	const file = fileName(path);
	return { collection, file, name: baseName(path), ...decode(bytes, file) };
}

/** A path as messages print it: relative to the working directory when inside it. */
export function fileName(path: string): string {
	const nearby = relative(process.cwd(), path);
	return nearby && !nearby.startsWith('..') ? nearby : resolve(path);
}

function baseName(path: string): string {
	return path.replace(/^.*[\\/]/, '');
}

/**
 * UTF-8 text from bytes. A BOM (as some editors write) is dropped; a byte that is not UTF-8
 * is an error with its line, since the build would otherwise show a replacement character.
 */
export function decode(bytes: Uint8Array, file: string): { text: string; problems: Problem[] } {
	const withoutBom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(withoutBom), problems: [] };
	} catch {
		const text = new TextDecoder('utf-8').decode(withoutBom);
		const index = text.indexOf('\uFFFD');
		const before = text.slice(0, Math.max(index, 0));
		const line = before.split('\n').length;
		const column = before.length - before.lastIndexOf('\n');
		return {
			text,
			problems: [
				{
					file,
					line,
					column,
					message: 'the file is not UTF-8 text: this byte is not valid UTF-8',
					fix: 'save the file as UTF-8 (most editors: "Save with encoding" → UTF-8) and retype the character',
				},
			],
		};
	}
}
