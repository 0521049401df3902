/**
 * `npm run new -- <dynamic|challenge|concept> "Title" [--category technology|social]`:
 * creates a valid MDX file with every required field, numbered after the last entry.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../paths';
import { createEntry, entryKinds, isCategory, isKind, newEntry } from '../scaffold/new-entry';

const usage = `usage: npm run new -- <${entryKinds.join('|')}> "Title" [--category technology|social]`;
const { positionals, values } = parseArgs({ allowPositionals: true, options: { category: { type: 'string' } } });
const [kind, title] = positionals;

try {
	if (!isKind(kind) || !title?.trim()) throw new Error(usage);
	if (values.category !== undefined && (kind !== 'dynamic' || !isCategory(values.category))) {
		throw new Error(`--category is for a dynamic and must be technology or social\n${usage}`);
	}
	const category = isCategory(values.category) ? values.category : undefined;
	const entry = newEntry(contentDir, kind, title.trim(), category);
	createEntry(entry);
	console.log(`Created ${relative(process.cwd(), entry.path)}\n\nNext:\n${entry.next.map((step) => `  - ${step}`).join('\n')}`);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
