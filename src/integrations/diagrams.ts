import type { AstroIntegration } from 'astro';
import { DiagramError, diagramService } from '../diagrams/diagram-service';
import { loadContent } from '../content/load';
import { contentDir } from '../paths';

/**
 * Build-time Mermaid. Before pages are generated, every ```mermaid block in `content/` is
 * drawn (or taken from the cache) in one browser, so a syntax error fails the build with
 * its file and line whatever the content cache holds, in .md as in .mdx. Pages then find
 * their diagrams in the cache. At the end it reports the counts and closes the browser.
 */
export function diagramsIntegration(): AstroIntegration {
	const service = diagramService();
	return {
		name: 'thesis-site:diagrams',
		hooks: {
			'astro:build:start': async ({ logger }) => {
				const blocks = loadContent(contentDir).entries.flatMap((entry) => entry.mermaid.map((block) => ({ ...block, file: entry.file })));
				const results = await service.renderAll(blocks.map((block) => block.source));
				const errors = blocks.flatMap((block, index) => {
					const result = results[index];
					if (!(result instanceof DiagramError)) return [];
					const line = block.line + (result.line ?? 1) - 1;
					return [`${block.file}:${line}: Mermaid cannot draw this diagram:\n${indent(result.message)}`];
				});
				if (errors.length > 0) {
					await service.close();
					// The list is the whole message: no hook stack trace around it.
					logger.error(`${errors.length} diagram${errors.length > 1 ? 's' : ''} failed:\n\n${errors.join('\n\n')}`);
					process.exit(1);
				}
				logger.info(`${blocks.length} Mermaid block${blocks.length === 1 ? '' : 's'} checked`);
			},
			'astro:build:done': async ({ logger }) => {
				const { rendered, cached, browsers } = service.tally();
				logger.info(`diagrams: ${rendered} rendered, ${cached} from cache (${browsers} browser${browsers === 1 ? '' : 's'} started)`);
				await service.close();
			},
			'astro:server:done': () => service.close(),
		},
	};
}

function indent(text: string): string {
	return text
		.split('\n')
		.map((line) => `    ${line}`)
		.join('\n');
}
