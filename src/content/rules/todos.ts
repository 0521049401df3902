import type { Content } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { at } from './helpers.ts';

const todo = /\bTODO\b/;

/** A `TODO` that `npm run new` wrote is still there: the page would publish it. */
export function todosRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const entry of content.entries) {
		for (const [key, value] of Object.entries(entry.data)) {
			const texts = Array.isArray(value) ? value : [value];
			if (texts.some((text) => typeof text === 'string' && todo.test(text))) {
				problems.push(
					at(entry, entry.keyLines.get(key), `${key} still holds a TODO`, "replace it with the thesis's own words"),
				);
			}
		}
		entry.body.split('\n').forEach((line, i) => {
			if (todo.test(line))
				problems.push(
					at(entry, entry.bodyLine + i, 'the text still holds a TODO', "replace it with the thesis's own words"),
				);
		});
	}
	return problems;
}
