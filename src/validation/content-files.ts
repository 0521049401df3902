import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';

/** One content file as the validator sees it: frontmatter, body and where things are. */
export interface ContentFile {
	collection: string;
	/** The entry id: the file name without extension. */
	id: string;
	/** Path relative to the working directory, as messages print it. */
	path: string;
	data: Record<string, unknown>;
	/** The line of each top-level frontmatter key. */
	keyLines: Map<string, number>;
	body: string;
	/** The file line of the body's first line. */
	bodyLine: number;
	/** A frontmatter syntax error, if any. */
	yamlError?: { message: string; line: number };
}

/** Reads every .md/.mdx file of a collection folder (missing folder: none). */
export function readCollection(contentDir: string, collection: string): ContentFile[] {
	const folder = join(contentDir, collection);
	let names: string[];
	try {
		names = readdirSync(folder).filter((name) => /\.mdx?$/.test(name));
	} catch {
		return [];
	}
	return names.sort().map((name) => parseContentFile(readFileSync(join(folder, name), 'utf8'), relative(process.cwd(), join(folder, name)), collection));
}

export function parseContentFile(text: string, path: string, collection: string): ContentFile {
	const id = path.replace(/^.*[\\/]/, '').replace(/\.mdx?$/, '');
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
	if (!match) {
		return { collection, id, path, data: {}, keyLines: new Map(), body: text, bodyLine: 1, yamlError: { message: 'the file has no frontmatter (--- … ---) at its top', line: 1 } };
	}
	const lineCounter = new LineCounter();
	const document = parseDocument(match[1], { lineCounter });
	const bodyLine = match[0].split('\n').length;
	const base = { collection, id, path, body: text.slice(match[0].length), bodyLine };
	if (document.errors.length > 0) {
		const error = document.errors[0];
		return { ...base, data: {}, keyLines: new Map(), yamlError: { message: error.message.split('\n')[0], line: (error.linePos?.[0].line ?? 0) + 1 } };
	}
	const keyLines = new Map<string, number>();
	if (isMap(document.contents)) {
		for (const pair of document.contents.items) {
			if (isScalar(pair.key) && pair.key.range) keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
		}
	}
	const data = document.toJS() as unknown;
	return { ...base, data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {}, keyLines };
}

/** The file line of the first body line containing `text` (or the body's start). */
export function bodyLineOf(file: ContentFile, text: string): number {
	const index = file.body.split('\n').findIndex((line) => line.includes(text));
	return file.bodyLine + Math.max(index, 0);
}
