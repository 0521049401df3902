import type { AstroIntegration } from 'astro';
import { relative } from 'node:path';
import { DiagramError, diagramService } from '../diagrams/diagram-service';
import { mermaidBlocksBelow, type MermaidBlock } from '../diagrams/mermaid-blocks';
import { contentDir } from '../paths';

/**
 * Build-time Mermaid. Every ```mermaid block in `content/` is drawn (or taken from the
 * cache) in one browser, started as soon as the config is read so that drawing overlaps
 * Vite's start and the content sync (no browser starts when all are cached). Before pages
 * are generated the build waits for that batch, so a syntax error fails the build with
 * its file and line whatever the content cache holds, in .md as in .mdx. Pages then find
 * their diagrams in the cache. At the end it reports the counts and closes the browser.
 */
export function diagramsIntegration(): AstroIntegration {
	const service = diagramService();
	let command = 'build';
	let early: { blocks: MermaidBlock[]; results: ReturnType<typeof service.renderAll> } | undefined;
	return {
		name: 'thesis-site:diagrams',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': () => {
				if (command !== 'build') return;
				const blocks = mermaidBlocksBelow(contentDir);
				const results = service.renderAll(blocks.map((block) => block.source));
				// Awaited in astro:build:start; a failure is reported there, not as an unhandled rejection.
				results.catch(() => undefined);
				early = { blocks, results };
			},
			'astro:build:start': async ({ logger }) => {
				const blocks = early?.blocks ?? mermaidBlocksBelow(contentDir);
				const results = await (early?.results ?? service.renderAll(blocks.map((block) => block.source)));
				const errors = blocks.flatMap((block, index) => {
					const result = results[index];
					if (!(result instanceof DiagramError)) return [];
					const line = block.line + (result.line ?? 1) - 1;
					return [`${relative(process.cwd(), block.file)}:${line}: Mermaid cannot draw this diagram:\n${indent(result.message)}`];
				});
				if (errors.length > 0) {
					await service.close();
					throw new Error(`${errors.length} diagram${errors.length > 1 ? 's' : ''} failed:\n\n${errors.join('\n\n')}`);
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
