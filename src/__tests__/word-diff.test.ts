import { describe, expect, it } from 'vitest';
import { sideOf, wordDiff } from '../model/word-diff.ts';

describe('the word-level difference of two versions of a passage', () => {
	it('marks a sentence added at the end, and nothing else', () => {
		expect(wordDiff('Data must be protected.', 'Data must be protected. Whoever holds it answers.')).toEqual([
			{ kind: 'same', text: 'Data must be protected.' },
			{ kind: 'added', text: 'Whoever holds it answers.' },
		]);
	});

	it('marks a replaced word as removed then added, between the words kept', () => {
		expect(wordDiff('the quick brown fox', 'the slow brown fox')).toEqual([
			{ kind: 'same', text: 'the' },
			{ kind: 'removed', text: 'quick' },
			{ kind: 'added', text: 'slow' },
			{ kind: 'same', text: 'brown fox' },
		]);
	});

	it('keeps the longest run of shared words when words move and repeat', () => {
		const parts = wordDiff('a b c a b', 'b a b c');
		expect(
			sideOf(parts, 'before')
				.map((p) => p.text)
				.join(' '),
		).toBe('a b c a b');
		expect(
			sideOf(parts, 'after')
				.map((p) => p.text)
				.join(' '),
		).toBe('b a b c');
		expect(
			parts
				.filter((p) => p.kind === 'same')
				.map((p) => p.text)
				.join(' ')
				.split(' '),
		).toHaveLength(3);
	});

	it('treats punctuation as part of its word, and ignores spacing', () => {
		expect(wordDiff('It is  safe.', 'It is safe!')).toEqual([
			{ kind: 'same', text: 'It is' },
			{ kind: 'removed', text: 'safe.' },
			{ kind: 'added', text: 'safe!' },
		]);
	});

	it('gives each side its own words: the earlier without additions, the later without removals', () => {
		const parts = wordDiff('one two three', 'one three four');
		expect(sideOf(parts, 'before')).toEqual([
			{ kind: 'same', text: 'one' },
			{ kind: 'removed', text: 'two' },
			{ kind: 'same', text: 'three' },
		]);
		expect(sideOf(parts, 'after')).toEqual([
			{ kind: 'same', text: 'one three' },
			{ kind: 'added', text: 'four' },
		]);
	});

	it('shows identical and empty texts plainly', () => {
		expect(wordDiff('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
		expect(wordDiff('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
		expect(wordDiff('old', '')).toEqual([{ kind: 'removed', text: 'old' }]);
	});
});
