import type { Content } from '../content/entry.ts';
import { loadContent } from '../content/load.ts';
import { checkContent } from '../content/rules/index.ts';
import type { EditionPassage } from '../editions/record.ts';
import { thesisSchema } from '../schemas/thesis.ts';
import { lastWordChanges } from './edition-diff.ts';
import { stampOf, type EditionStamp } from './editions.ts';
import { loadPassageIds } from './passage-registry.ts';
import type { Thesis } from './thesis.ts';

/** What a passage's page says of its editions: the edition its citation names, and when its words last changed. */
export interface PassageEditions {
	metadata: Thesis['metadata'];
	/** The last recorded edition, which citations name (none before the first `npm run edition`). */
	current?: EditionStamp;
	/** By passage id: the edition that last changed its words (none: since the last, not yet recorded) and the edition before. */
	changes: Map<string, { edition?: number; earlier: number }>;
}

const loaded = new WeakMap<Content, PassageEditions | undefined>();

/**
 * The editions as the Markdown plugin needs them while it compiles a page's body, read
 * from content/ like the passage ids it writes (and with them): none while the content
 * has a problem, which the build stops on.
 */
export function loadPassageEditions(contentDir: string): PassageEditions | undefined {
	const content = loadContent(contentDir);
	if (!loaded.has(content)) loaded.set(content, passageEditions(content, contentDir));
	return loaded.get(content);
}

function passageEditions(content: Content, contentDir: string): PassageEditions | undefined {
	const assignment = loadPassageIds(contentDir);
	if (!assignment || checkContent(content).length > 0) return undefined;
	const words = new Map(assignment.registry.map((entry) => [entry.id, entry.text]));
	const passages: EditionPassage[] = [...assignment.byPage].flatMap(([page, ids]) =>
		ids.map(({ id }) => ({ id, page, text: words.get(id)! })),
	);
	const records = content.editions.flatMap((file) => (file.record ? [file.record] : []));
	const last = records.at(-1);
	return {
		metadata: thesisSchema().parse(content.thesis.data),
		...(last ? { current: stampOf(last) } : {}),
		changes: lastWordChanges(records, { pages: [], passages }),
	};
}
