/**
 * `npm run new -- <dynamic|challenge|concept> "Title" [--category <id declared in thesis.json>]`:
 * creates a valid MDX file with every required field, numbered after the last entry.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { contentDir } from '../paths.ts';
import { createEntry, dynamicCategoryIds, entryKinds, isKind, newEntry } from '../scaffold/new-entry.ts';

const categories = dynamicCategoryIds(contentDir);
const usage = `usage: npm run new -- <${entryKinds.join('|')}> "Title" [--category ${categories.join('|') || '<category id>'}]`;
const { positionals, values } = parseArgs({ allowPositionals: true, options: { category: { type: 'string' } } });
const [kind, title] = positionals;

try {
	if (!isKind(kind) || !title?.trim()) throw new Error(usage);
	if (values.category !== undefined && (kind !== 'dynamic' || !categories.includes(values.category))) {
		throw new Error(
			`--category is for a dynamic and must be a category declared in thesis.json: ${categories.join(', ')}\n${usage}`,
		);
	}
	const entry = newEntry(contentDir, kind, title.trim(), values.category);
	createEntry(entry);
	console.log(
		`Created ${relative(process.cwd(), entry.path)}\n\nNext:\n${entry.next.map((step) => `  - ${step}`).join('\n')}`,
	);
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
