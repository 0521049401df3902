import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { loadContent } from '../content/load.ts';
import { formatProblems } from '../content/problem.ts';
import { collectionNames } from '../content/read.ts';
import { completeNewEntry } from './new-entries.ts';
import { problemsIntroduced, type ContentChange } from './save-check.ts';

/** What Keystatic's browser side sends to save: files as base64, by path in the content folder. */
export interface KeystaticUpdate {
	additions: { path: string; contents: string }[];
	deletions: { path: string }[];
}

/** A save as it will be written (new entries completed), or why it is refused. */
export type SaveReview = { ok: true; update: KeystaticUpdate } | { ok: false; message: string };

/**
 * Reviews one save of the editor before anything is written: a new dynamic or challenge
 * gets its next number as `npm run new` gives it, then the content as it would be goes
 * through the rules of `npm run validate`. A save that brings in a problem is refused with
 * every such problem (file:line, what is wrong, the fix), which the editor shows.
 */
export async function reviewSave(contentDir: string, update: KeystaticUpdate): Promise<SaveReview> {
	const content = loadContent(contentDir);
	const additions = update.additions.map(({ path, contents }) => {
		const bytes = Buffer.from(contents, 'base64');
		const collection = collectionNames.find((name) => path.startsWith(`${name}/`));
		if (!collection || existsSync(join(contentDir, path))) return { path, contents: bytes };
		const completed = completeNewEntry(content, collection, bytes.toString('utf8'));
		return { path, contents: Buffer.from(completed, 'utf8') };
	});
	const change: ContentChange = { additions, deletions: update.deletions.map((d) => d.path) };
	const problems = await problemsIntroduced(contentDir, change);
	if (problems.length > 0) return { ok: false, message: `Not saved: ${formatProblems(problems)}` };
	return {
		ok: true,
		update: {
			additions: additions.map(({ path, contents }) => ({ path, contents: Buffer.from(contents).toString('base64') })),
			deletions: update.deletions,
		},
	};
}
