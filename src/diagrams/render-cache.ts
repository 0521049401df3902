import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeAtomically } from '../lib/write-atomically.ts';

/** A rendered diagram as the site embeds it. */
export interface RenderedDiagram {
	/** The SVG markup, its ids already made unique to this diagram. */
	svg: string;
	/** The id of the <svg> element. */
	id: string;
	/** Natural size from the viewBox, in CSS pixels. */
	width: number;
	height: number;
}

/**
 * The cache key of a diagram: its source, the Mermaid version and the render settings
 * (theme included). Any change to one of them renders the diagram again.
 */
export function diagramKey(source: string, mermaidVersion: string, settings: unknown): string {
	return createHash('sha256')
		.update(JSON.stringify({ source: source.trim(), mermaidVersion, settings }))
		.digest('hex');
}

/** Rendered diagrams on disk, one JSON file per key, so rebuilds reuse them. */
export class RenderCache {
	private readonly directory: string;

	constructor(directory: string) {
		this.directory = directory;
	}

	get(key: string): RenderedDiagram | undefined {
		try {
			const entry = JSON.parse(readFileSync(this.file(key), 'utf8')) as Partial<RenderedDiagram>;
			// A damaged or foreign file is a miss, never a broken page.
			const valid =
				typeof entry.svg === 'string' &&
				entry.svg.startsWith('<svg') &&
				typeof entry.id === 'string' &&
				Number.isFinite(entry.width) &&
				Number.isFinite(entry.height);
			if (!valid) return undefined;
			return entry as RenderedDiagram;
		} catch {
			return undefined;
		}
	}

	set(key: string, diagram: RenderedDiagram): void {
		writeAtomically(this.file(key), JSON.stringify(diagram));
	}

	private file(key: string): string {
		return join(this.directory, `${key}.json`);
	}
}
