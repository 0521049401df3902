import { loadContent } from './load.ts';
import type { Problem } from './problem.ts';
import { checkContentFully } from './rules/index.ts';

/**
 * Reads content/ once and runs every rule: what `npm run validate`, the build and the dev
 * server report. Returns every problem found, not just the first.
 */
export async function validateContent(contentDir: string): Promise<Problem[]> {
	return checkContentFully(loadContent(contentDir));
}
