import type { Content, Entry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { at, of, str, strings } from './helpers.ts';

function unique(
	entries: Entry[],
	key: (entry: Entry) => string | undefined,
	what: string,
	field: string,
	problems: Problem[],
) {
	const seen = new Map<string, Entry>();
	for (const entry of entries) {
		const value = key(entry);
		if (value === undefined) continue;
		const first = seen.get(value);
		if (first)
			problems.push(
				at(
					entry,
					entry.keyLines.get(field),
					`${what} "${value}" is also used by ${first.file}`,
					`give each its own ${field}`,
				),
			);
		else seen.set(value, entry);
	}
}

/** Case, quotes and spacing do not make two names different (as the concept matcher sees them). */
const fold = (name: string) =>
	name
		.toLowerCase()
		.replace(/[“”„"]/g, '"')
		.replace(/[‘’']/g, "'")
		.replace(/\s+/g, ' ')
		.trim();

/** Numbers and names that must be unique: sections, positions, `lists`, concept terms and aliases. */
export function uniquenessRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	unique(
		of(content, 'dynamics'),
		(d) =>
			str(d.data.category) && typeof d.data.position === 'number' ? `${d.data.category} ${d.data.position}` : undefined,
		'category and position',
		'position',
		problems,
	);
	unique(of(content, 'challenges'), (c) => str(c.data.section), 'section', 'section', problems);
	unique(of(content, 'chapters'), (c) => str(c.data.section), 'section', 'section', problems);
	unique(of(content, 'chapters'), (c) => str(c.data.lists), 'lists', 'lists', problems);

	// A name finds and links one concept only: a term or alias used twice would steal links.
	const owners = new Map<string, { entry: Entry; as: string }>();
	for (const entry of of(content, 'concepts')) {
		const term = str(entry.data.term);
		const names = [
			...(term ? [{ name: term, field: 'term' }] : []),
			...strings(entry.data.aliases).map((name) => ({ name, field: 'aliases' })),
		];
		for (const { name, field } of names) {
			const owner = owners.get(fold(name));
			if (owner && owner.entry !== entry) {
				problems.push(
					at(
						entry,
						entry.keyLines.get(field),
						`the ${field === 'term' ? 'term' : 'alias'} "${name}" is already the ${owner.as} of ${owner.entry.file}`,
						'a name belongs to one concept: remove it here, or merge the two concepts',
					),
				);
			} else if (!owner) owners.set(fold(name), { entry, as: field === 'term' ? 'term' : 'alias' });
		}
	}
	return problems;
}
