import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../content/entry.ts';
import { loadContent } from '../content/load.ts';
import { checkContent } from '../content/rules/index.ts';
import { validInput } from '../content/valid.ts';
import { registryFileName, serializeRegistry } from '../passages/registry.ts';
import { assignPassages, describeChanges, type PassageAssignment } from './passage-ids.ts';

const assignments = new WeakMap<Content, PassageAssignment | undefined>();

/**
 * The passage ids of content/ as it stands, for the Markdown plugin and the build: one
 * matching per reading of the content. None while the content has a problem: the build
 * stops on it, and the dev server shows it.
 */
export function loadPassageIds(contentDir: string): PassageAssignment | undefined {
	const content = loadContent(contentDir);
	if (!assignments.has(content))
		assignments.set(
			content,
			checkContent(content).length === 0 ? assignPassages(validInput(content), content.passages) : undefined,
		);
	return assignments.get(content);
}

/**
 * Writes the registry when the content has passages it does not record yet (or no longer
 * has), and says so in one line; `npm run build` and `npm run dev` call it. Writing it
 * again gives the same ids, so the pages built next agree with the file.
 */
export function recordPassages(contentDir: string): string | undefined {
	const assignment = loadPassageIds(contentDir);
	if (!assignment?.stale) return undefined;
	writeFileSync(join(contentDir, registryFileName), serializeRegistry(assignment.registry));
	return describeChanges(assignment);
}
