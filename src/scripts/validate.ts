/**
 * `npm run validate`: checks content/ in a second or two, with no build and no browser.
 * Prints every problem with its file, line and fix; exits 1 if there is any.
 */
import { contentDir } from '../paths';
import { formatProblems } from '../content/problem';
import { validateContent } from '../content/validate';

const problems = await validateContent(contentDir);
if (problems.length > 0) {
	console.error(formatProblems(problems));
	process.exit(1);
}
console.log(`content is valid (${contentDir})`);
