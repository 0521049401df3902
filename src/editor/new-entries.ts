import { isMap, isScalar, parseDocument, type Pair } from 'yaml';
import type { Content } from '../content/entry.ts';
import type { Collection } from '../content/read.ts';
import { schemas } from '../content/rules/frontmatter.ts';
import { str } from '../content/rules/helpers.ts';
import { nextChallengeSection, nextPosition } from '../scaffold/new-entry.ts';

/**
 * The field of a new entry the editor fills in when it is left empty, as `npm run new`
 * does: a dynamic's position (after the last of its category) and a challenge's section.
 */
export const filledWhenNew: Partial<Record<Collection, string>> = { dynamics: 'position', challenges: 'section' };

const frontmatter = /^---\r?\n([\s\S]*?\r?\n)?---\r?\n/;

/**
 * A new entry's file as the editor saved it, with its number filled in if it was left
 * empty; `content` is the thesis before the save. The fields stay in the schema's order.
 */
export function completeNewEntry(content: Content, collection: Collection, text: string): string {
	const key = filledWhenNew[collection];
	const match = frontmatter.exec(text);
	if (!key || !match) return text;
	const document = parseDocument(match[1] ?? '');
	const data = document.contents;
	if (!isMap(data)) return text;
	const current: unknown = data.get(key);
	if (current !== undefined && current !== null && current !== '') return text;
	const value =
		key === 'position' ? nextPosition(content, str(data.get('category')) ?? '') : nextChallengeSection(content);
	data.delete(key);
	data.add(document.createPair(key, value));
	const fieldOrder = Object.keys(schemas[collection].shape);
	const rank = (pair: Pair) => fieldOrder.indexOf(String(isScalar(pair.key) ? pair.key.value : pair.key));
	data.items.sort((a, b) => rank(a) - rank(b));
	return `---\n${document.toString({ lineWidth: 0 })}---\n${text.slice(match[0].length)}`;
}
