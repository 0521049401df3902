import { createHash } from 'node:crypto';

/** Letters and digits that cannot be misread for one another (no i, l, o, 0, 1). */
const letters = 'abcdefghjkmnpqrstuvwxyz';
const alphabet = `23456789${letters}`;

/**
 * A new passage id: five characters from a hash of where the passage stands and its words,
 * so the same registry and content give the same ids on every machine (no clock, no random
 * numbers), and nothing in it says where the passage is. It starts with a letter, so it
 * never looks like the positional ids (`p-2-1-3`) published before. An id already `taken`
 * (by any passage, past or present) is never given again: the next candidate is tried.
 */
export function newPassageId(page: string, text: string, taken: ReadonlySet<string>): string {
	for (let attempt = 0; ; attempt++) {
		const digest = createHash('sha256').update(`${page}\n${text}\n${attempt}`).digest();
		let id = letters[digest[0] % letters.length];
		for (let i = 1; i < 5; i++) id += alphabet[digest[i] % alphabet.length];
		if (!taken.has(id)) return id;
	}
}
