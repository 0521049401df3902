import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { holdContent, loadContent } from '../content/load.ts';
import { validFiles, writeValidFiles } from './content-fixture.ts';

const folders: string[] = [];
afterEach(() => {
	for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** A content folder with the fixture thesis written to it. */
function contentFolder(): string {
	const folder = mkdtempSync(join(tmpdir(), 'content-load-'));
	folders.push(folder);
	return writeValidFiles(folder);
}

const titleOf = (folder: string) => loadContent(folder).entries.find((entry) => entry.id === 'second')?.data.title;
const retitle = (folder: string) =>
	writeFileSync(
		join(folder, 'dynamics/second.mdx'),
		validFiles['dynamics/second.mdx'].replace('title: "Second"', 'title: "Second, retitled"'),
	);

describe('loadContent', () => {
	it('parses once while no file changes, and again after one does (the dev server)', () => {
		const folder = contentFolder();
		const first = loadContent(folder);
		expect(loadContent(folder)).toBe(first);
		retitle(folder);
		expect(titleOf(folder)).toBe('Second, retitled');
	});
	it('once the content is held (a build), keeps the parse it has without looking at the files again', () => {
		const folder = contentFolder();
		holdContent(folder);
		const held = loadContent(folder);
		retitle(folder);
		expect(loadContent(folder)).toBe(held);
		expect(titleOf(folder)).toBe('Second');
		// Another folder is not held by it.
		const other = contentFolder();
		loadContent(other);
		retitle(other);
		expect(titleOf(other)).toBe('Second, retitled');
	});
});
