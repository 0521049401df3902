import { join } from 'node:path';
import { parseContent } from '../content/load.ts';
import type { Problem } from '../content/problem.ts';
import { collectionNames, fileName, readSourceFiles, sourceFile, type SourceFile } from '../content/read.ts';
import { checkContentFully } from '../content/rules/index.ts';
import { validateContent } from '../content/validate.ts';

/** Files a save writes and removes, by path relative to the content folder. */
export interface ContentChange {
	additions: { path: string; contents: Uint8Array }[];
	deletions: string[];
}

/**
 * The problems a change would bring into content/: what the rules of `npm run validate`
 * find in the content as it would be, and not in the content as it is (so that an old
 * problem elsewhere does not block every save). Nothing is written to check it.
 */
export async function problemsIntroduced(contentDir: string, change: ContentChange): Promise<Problem[]> {
	const before = await validateContent(contentDir);
	const after = await checkContentFully(parseContent(filesAfter(contentDir, change)));
	// Counted per file and message: a line moves when lines are added above it.
	const known = new Map<string, number>();
	for (const problem of before) known.set(keyOf(problem), (known.get(keyOf(problem)) ?? 0) + 1);
	return after.filter((problem) => {
		const left = known.get(keyOf(problem)) ?? 0;
		known.set(keyOf(problem), left - 1);
		return left <= 0;
	});
}

function keyOf(problem: Problem): string {
	return `${problem.file}\n${problem.message}`;
}

/** The files of the content folder the site reads, as they would be after the change. */
function filesAfter(contentDir: string, change: ContentChange): SourceFile[] {
	const files = new Map(readSourceFiles(contentDir).map((file) => [file.file, file]));
	for (const path of change.deletions) files.delete(fileName(join(contentDir, path)));
	for (const { path, contents } of change.additions) {
		const collection = collectionOf(path);
		if (!collection) continue;
		const file = sourceFile(join(contentDir, path), collection, contents);
		files.set(file.file, file);
	}
	// In the order the reader lists them: where two files clash, the rules name the later one.
	const rank = (file: SourceFile) => ['thesis', ...collectionNames].indexOf(file.collection);
	return [...files.values()].sort((a, b) => rank(a) - rank(b) || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Which part of the site reads a file of the content folder, if any. */
function collectionOf(path: string): SourceFile['collection'] | undefined {
	if (path === 'thesis.json') return 'thesis';
	const [folder, name, ...deeper] = path.split('/');
	if (deeper.length > 0 || !name || !/\.mdx?$/i.test(name)) return undefined;
	return collectionNames.find((collection) => collection === folder);
}
