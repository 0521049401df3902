import type { AstroIntegration } from 'astro';
import { contentDir } from '../paths';
import { formatProblems } from '../validation/problems';
import { validateContent } from '../validation/validate-content';

/**
 * Runs `npm run validate`'s checks before a build touches the content, so an editor sees
 * every mistake at once, each with its file, line and fix, and the build stops. In the
 * dev server the same problems are printed as warnings while the site keeps running.
 */
export function contentValidationIntegration(): AstroIntegration {
	let command = 'build';
	return {
		name: 'thesis-site:content-validation',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': async ({ logger }) => {
				const problems = await validateContent(contentDir);
				if (problems.length === 0) return;
				if (command !== 'build') {
					logger.warn(formatProblems(problems));
					return;
				}
				throw new Error(formatProblems(problems));
			},
		},
	};
}
