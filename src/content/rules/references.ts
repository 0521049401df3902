import type { Content } from '../entry.ts';
import type { Problem } from '../problem.ts';
import type { Collection } from '../read.ts';
import { didYouMean } from '../suggest.ts';
import { at, of, strings } from './helpers.ts';

/** Fields that hold ids of other entries, and the collection each refers to. */
const referenceFields: { collection: Collection; field: string; target: Collection }[] = [
	{ collection: 'dynamics', field: 'relatedChallenges', target: 'challenges' },
	{ collection: 'challenges', field: 'relatedDynamics', target: 'dynamics' },
	{ collection: 'chapters', field: 'concepts', target: 'concepts' },
	{ collection: 'dynamics', field: 'concepts', target: 'concepts' },
	{ collection: 'challenges', field: 'concepts', target: 'concepts' },
	{ collection: 'concepts', field: 'related', target: 'concepts' },
];

/** Every reference names an existing entry (Astro itself only logs a missing one), and none its own entry. */
export function referencesRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const { collection, field, target } of referenceFields) {
		const known = new Set(of(content, target).map((e) => e.id));
		for (const entry of of(content, collection)) {
			for (const id of strings(entry.data[field])) {
				const line = entry.keyLines.get(field);
				if (collection === target && id === entry.id) {
					problems.push(
						at(
							entry,
							line,
							`${field} lists "${id}", the entry itself`,
							`remove "${id}": an entry is not related to itself`,
						),
					);
				} else if (!known.has(id)) {
					problems.push(
						at(
							entry,
							line,
							`${field} refers to "${id}", which does not exist`,
							didYouMean(
								id,
								known,
								`use the file name (without extension) of an entry in ${target}/: ${[...known].sort().join(', ') || 'none yet'}`,
							),
						),
					);
				}
			}
		}
	}
	return problems;
}
