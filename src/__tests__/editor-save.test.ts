import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { reviewSave, type KeystaticUpdate } from '../editor/save-review.ts';
import { validFiles } from './content-fixture.ts';

let roots: string[] = [];
afterEach(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
	roots = [];
});

/** The small valid thesis in a temporary content folder, with some files replaced. */
function contentDir(files: Record<string, string> = {}): string {
	const root = mkdtempSync(join(tmpdir(), 'editor-save-'));
	roots.push(root);
	for (const [path, text] of Object.entries({ ...validFiles, ...files })) {
		mkdirSync(dirname(join(root, path)), { recursive: true });
		writeFileSync(join(root, path), text);
	}
	return root;
}

/** A save as Keystatic's browser side sends it. */
const save = (files: Record<string, string>, deletions: string[] = []): KeystaticUpdate => ({
	additions: Object.entries(files).map(([path, text]) => ({ path, contents: Buffer.from(text).toString('base64') })),
	deletions: deletions.map((path) => ({ path })),
});
const written = (update: KeystaticUpdate) =>
	Object.fromEntries(update.additions.map((a) => [a.path, Buffer.from(a.contents, 'base64').toString('utf8')]));

const dynamic = (fields: string, body = 'Text.\n') => `---\n${fields}\n---\n${body}`;

describe('a save in the editor goes through the rules of `npm run validate` before anything is written', () => {
	it('a save that breaks no rule is written as it came', async () => {
		const text = validFiles['dynamics/second.mdx'].replace('Second dynamic.', 'The second dynamic, edited.');
		const review = await reviewSave(contentDir(), save({ 'dynamics/second.mdx': text }));
		expect(review).toEqual({ ok: true, update: save({ 'dynamics/second.mdx': text }) });
	});

	it('a save that breaks one is refused with the file, the line and the fix', async () => {
		const text = validFiles['dynamics/second.mdx'].replace('Second dynamic.', 'TODO');
		const review = await reviewSave(contentDir(), save({ 'dynamics/second.mdx': text }));
		expect(review.ok).toBe(false);
		if (review.ok) return;
		expect(review.message).toMatch(/^Not saved: 1 problem in the content:/);
		expect(review.message).toMatch(/dynamics\/second\.mdx:3: summary still holds a TODO\n {4}fix: replace it/);
	});

	it('removing an entry that others refer to is refused, naming the file that refers to it', async () => {
		const review = await reviewSave(contentDir(), save({}, ['challenges/hard.mdx']));
		expect(review.ok).toBe(false);
		if (!review.ok)
			expect(review.message).toMatch(
				/dynamics\/first\.mdx:6: relatedChallenges refers to "hard", which does not exist/,
			);
	});

	it('a problem already in the content does not block other saves, but one more like it does', async () => {
		const dir = contentDir({ 'dynamics/second.mdx': validFiles['dynamics/second.mdx'].replace('Text.', 'TODO one.') });
		const elsewhere = validFiles['dynamics/first.mdx'].replace('A widget grows.', 'A widget grows fast.');
		expect((await reviewSave(dir, save({ 'dynamics/first.mdx': elsewhere }))).ok).toBe(true);
		const more = validFiles['dynamics/second.mdx'].replace('Text.', 'TODO one.\n\nTODO two.');
		const review = await reviewSave(dir, save({ 'dynamics/second.mdx': more }));
		expect(review.ok).toBe(false);
		if (!review.ok) expect(review.message).toMatch(/^Not saved: 1 problem/);
	});

	it('files the site does not read are written unchecked', async () => {
		expect((await reviewSave(contentDir(), save({ 'source.txt': 'TODO' }))).ok).toBe(true);
	});
});

describe('a new entry made in the editor is the file `npm run new` would write', () => {
	it('a new dynamic left without a position gets the next one of its category, in the schema’s order', async () => {
		const text = dynamic(
			'title: Third\nsummary: A third dynamic.\ncategory: beta\nrelatedChallenges: []\nconcepts: []',
		);
		const review = await reviewSave(contentDir(), save({ 'dynamics/third.mdx': text }));
		expect(review.ok).toBe(true);
		if (!review.ok) return;
		expect(written(review.update)['dynamics/third.mdx']).toBe(
			dynamic(
				'title: Third\nsummary: A third dynamic.\ncategory: beta\nposition: 2\nrelatedChallenges: []\nconcepts: []',
			),
		);
	});

	it('a new challenge left without a section gets the next one; a number given is kept', async () => {
		const challenge = (section: string) =>
			dynamic(`title: Harder\nsummary: Another challenge.\n${section}suggestions:\n  - Do more.`);
		const review = await reviewSave(contentDir(), save({ 'challenges/harder.mdx': challenge("section: ''\n") }));
		expect(review.ok && written(review.update)['challenges/harder.mdx']).toBe(challenge('section: "3.2"\n'));
		const given = await reviewSave(contentDir(), save({ 'challenges/harder.mdx': challenge("section: '3.5'\n") }));
		expect(given.ok && written(given.update)['challenges/harder.mdx']).toBe(challenge("section: '3.5'\n"));
	});

	it('an existing dynamic whose position is removed is refused, not renumbered', async () => {
		const text = validFiles['dynamics/second.mdx'].replace('position: 1\n', '');
		const review = await reviewSave(contentDir(), save({ 'dynamics/second.mdx': text }));
		expect(review.ok).toBe(false);
		if (!review.ok) expect(review.message).toMatch(/the field "position" is missing/);
	});
});
