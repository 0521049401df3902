/**
 * `npm run validate`: checks content/ in a second or two, with no build and no browser.
 * Prints every problem with its file, line and fix; exits 1 if there is any. It only reads:
 * passages the registry does not record yet are reported, and left for the build to record.
 */
import { describeChanges } from '../model/passage-ids.ts';
import { loadPassageIds } from '../model/passage-registry.ts';
import { contentDir } from '../paths.ts';
import { formatProblems } from '../content/problem.ts';
import { validateContent } from '../content/validate.ts';

const problems = await validateContent(contentDir);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`content is valid (${contentDir})`);
const passages = loadPassageIds(contentDir);
if (passages?.stale) console.log(describeChanges(passages, false));
