import type { Content } from '../entry.ts';
import { isId, slugify } from '../ids.ts';
import type { Problem } from '../problem.ts';
import { collectionNames } from '../read.ts';
import { at, of } from './helpers.ts';

/**
 * One id rule everywhere: a file name is lower-case words joined by hyphens (the build
 * would otherwise give the page another id than the one other files use), and no two
 * files of a folder differ only in case.
 */
export function idsRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const collection of collectionNames) {
		const seen = new Map<string, string>();
		for (const entry of of(content, collection)) {
			const extension = entry.name.slice(entry.id.length);
			if (!isId(entry.id)) {
				const suggestion = slugify(entry.id);
				problems.push(
					at(
						entry,
						undefined,
						`the file name "${entry.name}" is not an id: ids are lower-case words joined by hyphens`,
						suggestion ? `rename it to ${suggestion}${extension.toLowerCase()}` : 'rename it with letters or digits',
					),
				);
			}
			const folded = entry.id.toLowerCase();
			const first = seen.get(folded);
			if (first)
				problems.push(
					at(
						entry,
						undefined,
						`"${entry.name}" and "${first}" differ only in case: the build would keep only one of them`,
						'give each its own name',
					),
				);
			else seen.set(folded, entry.name);
		}
	}
	return problems;
}
