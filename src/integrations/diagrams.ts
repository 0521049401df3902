import type { AstroIntegration } from 'astro';
import { loadContent } from '../content/load.ts';
import { checkContent } from '../content/rules/index.ts';
import { DiagramError, diagramService, type DiagramService } from '../diagrams/diagram-service.ts';
import { thesisOf } from '../model/content-thesis.ts';
import { generatedDiagramSources } from '../model/generated-diagrams.ts';
import { contentDir as projectContentDir } from '../paths.ts';

/** Every ```mermaid block of the thesis, with the file it is in. */
function mermaidBlocks(contentDir: string) {
	return loadContent(contentDir).entries.flatMap((entry) =>
		entry.mermaid.map((block) => ({ ...block, file: entry.file })),
	);
}
type Blocks = ReturnType<typeof mermaidBlocks>;

/** The diagrams the pages generate from the content (Fig. 1, the relations map); none if the content has problems. */
function generatedSources(contentDir: string): string[] {
	const content = loadContent(contentDir);
	if (checkContent(content).length > 0) return [];
	return generatedDiagramSources(thesisOf(content));
}

export interface DiagramsOptions {
	/** The thesis whose diagrams are drawn; the project's content/ by default. */
	contentDir?: string;
	/** What draws them; the build's one shared service by default. */
	service?: DiagramService;
}

/**
 * Build-time Mermaid. Every ```mermaid block in `content/` is drawn (or taken from the
 * cache) in one browser, started as soon as the config is read so that drawing overlaps
 * Vite's start and the content sync (no browser starts when all are cached); the diagrams
 * the pages generate from the content follow in a second batch. Before pages
 * are generated the build waits for that batch, so a syntax error fails the build with
 * its file and line whatever the content cache holds, in .md as in .mdx. Pages then find
 * their diagrams in the cache. At the end it reports the counts and closes the browser.
 */
export function diagramsIntegration({
	contentDir = projectContentDir,
	service = diagramService(),
}: DiagramsOptions = {}): AstroIntegration {
	let command = 'build';
	let early: { blocks: Blocks; results: ReturnType<typeof service.renderAll> } | undefined;
	let generated: Promise<unknown> = Promise.resolve();
	return {
		name: 'thesis-site:diagrams',
		hooks: {
			'astro:config:setup': (options) => {
				command = options.command;
			},
			'astro:config:done': () => {
				if (command !== 'build') return;
				const blocks = mermaidBlocks(contentDir);
				const results = service.renderAll(blocks.map((block) => block.source));
				// Awaited in astro:build:start; a failure is reported there, not as an unhandled rejection.
				results.catch(() => undefined);
				early = { blocks, results };
				// Drawn next, while Vite bundles, so that page generation finds them in the cache
				// instead of waiting for the browser; a failure shows where the page draws it.
				generated = service.renderAll(generatedSources(contentDir)).catch(() => undefined);
			},
			'astro:build:start': async ({ logger }) => {
				const blocks = early?.blocks ?? mermaidBlocks(contentDir);
				const results = await (early?.results ?? service.renderAll(blocks.map((block) => block.source)));
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
				// Counted and closed only once the generated diagrams are drawn (pages normally waited for them already).
				await generated;
				const { rendered, cached, browsers } = service.tally();
				logger.info(
					`diagrams: ${rendered} rendered, ${cached} from cache (${browsers} browser${browsers === 1 ? '' : 's'} started)`,
				);
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
