import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { resolve } from 'node:path';
import { holdContent } from '../content/load.ts';
import { formatProblems } from '../content/problem.ts';
import { validateContent } from '../content/validate.ts';
import { recordPassages } from '../model/passage-registry.ts';
import { contentDir } from '../paths.ts';

/**
 * Runs the content rules (the same as `npm run validate`) before a build touches the
 * content. On a problem the build prints the whole list, each with its file, line and fix,
 * and exits 1 there and then: no hook stack trace, nothing compiled, dist/ untouched. The
 * dev server prints the same list as a warning at start and after each content edit (the
 * page being edited shows it too, from the model). Valid content then has its passages
 * matched with the registry, which both write when it changed ("passages: 1 new; commit …").
 * A build then holds the content still: it is parsed once for all its pages.
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
				if (command === 'build') {
					await validateOrExit(logger);
					record(logger);
					// From here to the end of the build, nothing writes to content/.
					holdContent(contentDir);
				} else if (command === 'dev') await report(logger);
			},
			'astro:server:setup': ({ server, logger }) => {
				const folder = `${resolve(contentDir)}/`;
				const recheck = (path: string) => {
					if (resolve(path).startsWith(folder)) void report(logger);
				};
				server.watcher.on('change', recheck).on('add', recheck).on('unlink', recheck);
			},
		},
	};
}

async function validateOrExit(logger: AstroIntegrationLogger) {
	const problems = await validateContent(contentDir);
	if (problems.length === 0) return;
	logger.error(
		`${formatProblems(problems)}\n\nThe build stopped before building anything; \`npm run validate\` lists the same problems.`,
	);
	process.exit(1);
}

async function report(logger: AstroIntegrationLogger) {
	const problems = await validateContent(contentDir);
	if (problems.length > 0) logger.warn(formatProblems(problems));
	else record(logger);
}

/** Records new, moved and removed passages in the registry, before any page is rendered. */
function record(logger: AstroIntegrationLogger) {
	const message = recordPassages(contentDir);
	if (message) logger.info(message);
}
