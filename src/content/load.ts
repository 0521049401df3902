import type { Content, Entry, ThesisFile } from './entry.ts';
import { readFrontmatter } from './frontmatter.ts';
import { emptyFacts, factsOf, parseBody } from './parse.ts';
import { parseEditionFile, type EditionFile } from '../editions/record.ts';
import { emptyRegistry, parseRegistry, registryFileName } from '../passages/registry.ts';
import type { Problem } from './problem.ts';
import { contentFingerprint, readSourceFiles, type Collection, type SourceFile } from './read.ts';

/** One content folder as last parsed, and whether it is held still (see holdContent). */
interface Parsed {
	fingerprint: string;
	content: Content;
	held: boolean;
}

/**
 * Reads and parses every file of content/ once. The result is kept per process (on
 * globalThis, since the config and the page bundle load this module separately) until a
 * file changes, so the validation step, the model and the Markdown plugins share one parse.
 */
export function loadContent(contentDir: string): Content {
	const cached = parsedContent().get(contentDir);
	if (cached?.held) return cached.content;
	const fingerprint = contentFingerprint(contentDir);
	if (cached?.fingerprint === fingerprint) return cached.content;
	const content = parseContent(readSourceFiles(contentDir));
	parsedContent().set(contentDir, { fingerprint, content, held: false });
	return content;
}

/**
 * Says that content/ will not change until the process ends, as in a build once its passage
 * registry is written: each page asks for the content several times, and looking at every
 * file's size and time on each ask cost the build a third of a second. Never in the dev
 * server, where a file changes under a running process.
 */
export function holdContent(contentDir: string): void {
	loadContent(contentDir);
	const cached = parsedContent().get(contentDir);
	if (cached) cached.held = true;
}

function parsedContent(): Map<string, Parsed> {
	return ((globalThis as { [key: symbol]: Map<string, Parsed> })[cacheKey] ??= new Map());
}
const cacheKey = Symbol.for('thesis-site.content');

/** Content from files already read (tests build these in memory). */
export function parseContent(files: SourceFile[]): Content {
	const thesisSource = files.find((f) => f.collection === 'thesis');
	const thesis = thesisSource
		? parseThesisFile(thesisSource)
		: {
				file: 'content/thesis.json',
				keyLines: new Map(),
				problems: [
					{
						file: 'content/thesis.json',
						message: 'the file is missing',
						fix: 'create content/thesis.json (see README.md)',
					},
				],
			};
	const registrySource = files.find((f) => f.collection === 'passages');
	const passages = registrySource
		? parseRegistry(registrySource.text, registrySource.file)
		: emptyRegistry(thesis.file.replace(/thesis\.json$/, registryFileName));
	// An encoding problem of the registry file comes first.
	if (registrySource) passages.problems.unshift(...registrySource.problems);
	const editions = files
		.filter((f) => f.collection === 'editions')
		.map(parseEdition)
		.sort((a, b) => (a.number ?? Number.MAX_SAFE_INTEGER) - (b.number ?? Number.MAX_SAFE_INTEGER));
	const entries = files
		.filter(
			(f): f is SourceFile & { collection: Collection } => !['thesis', 'passages', 'editions'].includes(f.collection),
		)
		.map(parseEntry);
	return { thesis, passages, editions, entries };
}

/** An edition record; an encoding problem of its file comes first. */
function parseEdition(source: SourceFile): EditionFile {
	const edition = parseEditionFile(source.text, source.file, source.name);
	edition.problems.unshift(...source.problems);
	return edition;
}

export function parseEntry(source: SourceFile & { collection: Collection }): Entry {
	const { collection, file, name, text } = source;
	const frontmatter = readFrontmatter(text, file);
	const parsed = parseBody(frontmatter.body, file, name.endsWith('.mdx') ? 'mdx' : 'md');
	const facts = parsed.tree ? factsOf(parsed.tree) : emptyFacts();
	return {
		...facts,
		collection,
		id: name.replace(/\.mdx?$/i, ''),
		file,
		name,
		data: frontmatter.data,
		keyLines: frontmatter.keyLines,
		frontmatterValid: frontmatter.valid,
		body: text.slice(frontmatter.bodyOffset),
		bodyLine: text.slice(0, frontmatter.bodyOffset).split('\n').length,
		tree: parsed.tree,
		problems: [...source.problems, ...frontmatter.problems, ...parsed.problems],
	};
}

/** thesis.json: JSON syntax errors with their line, and the line of each top-level key. */
export function parseThesisFile(source: SourceFile): ThesisFile {
	const { file, text } = source;
	if (source.problems.some((p) => p.message === 'the file is missing'))
		return { file, keyLines: new Map(), problems: source.problems };
	const problems: Problem[] = [...source.problems];
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		const message = error instanceof Error ? error.message : String(error);
		const position = Number(/position (\d+)/.exec(message)?.[1] ?? NaN);
		const before = Number.isNaN(position) ? text : text.slice(0, position);
		const line = before.split('\n').length;
		problems.push({
			file,
			line,
			column: before.length - before.lastIndexOf('\n'),
			message: `the file is not valid JSON: ${message.replace(/ in JSON at position \d+.*$/, '').replace(/^JSON\.parse: /, '')}`,
			fix: 'check for a missing comma or quote, or a comma after the last item (JSON allows none)',
		});
	}
	const keyLines = new Map<string, number>();
	text.split('\n').forEach((line, i) => {
		const key = /^ {0,2}\t?"([^"]+)"\s*:/.exec(line)?.[1];
		if (key && !keyLines.has(key)) keyLines.set(key, i + 1);
	});
	return { file, data, keyLines, problems };
}
