import { loadContent } from '../content/load';
import { checkContent } from '../content/rules';
import { validInput } from '../content/valid';
import { generatedDiagramSources } from '../model/generated-diagrams';
import { buildThesis } from '../model/thesis';

/** Every ```mermaid block of the thesis, with the file and line it is at. */
export function mermaidBlocks(contentDir: string) {
	return loadContent(contentDir).entries.flatMap((entry) =>
		entry.mermaid.map((block) => ({ ...block, file: entry.file })),
	);
}

/**
 * What a build draws: the diagrams written in the content, and those the pages generate
 * from it (Fig. 1, the relations map), which exist only when the content passes the rules.
 */
export function diagramSources(contentDir: string): { written: string[]; generated: () => string[] } {
	return {
		written: mermaidBlocks(contentDir).map((block) => block.source),
		generated: () => {
			const content = loadContent(contentDir);
			if (checkContent(content).length > 0) return [];
			return generatedDiagramSources(buildThesis(validInput(content)));
		},
	};
}
