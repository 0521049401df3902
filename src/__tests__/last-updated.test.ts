import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { commitDates } from '../lib/last-updated.ts';

const repo = mkdtempSync(join(tmpdir(), 'thesis-git-'));
const git = (args: string[], date?: string) =>
	execFileSync('git', args, {
		cwd: repo,
		env: {
			...process.env,
			GIT_AUTHOR_NAME: 't',
			GIT_AUTHOR_EMAIL: 't@example.org',
			GIT_COMMITTER_NAME: 't',
			GIT_COMMITTER_EMAIL: 't@example.org',
			...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}),
		},
	});
const commit = (files: Record<string, string>, date: string) => {
	for (const [file, text] of Object.entries(files)) writeFileSync(join(repo, file), text);
	git(['add', '.']);
	git(['commit', '-q', '-m', date], `${date}T12:00:00Z`);
};

git(['init', '-q']);
mkdirSync(join(repo, 'content/dynamics'), { recursive: true });
commit(
	{
		'content/dynamics/a.mdx': 'a',
		'content/dynamics/b.mdx': 'b',
		'content/dynamics/größe.mdx': 'g',
		'outside.txt': 'o',
	},
	'2024-01-05',
);
commit({ 'content/dynamics/b.mdx': 'b, changed' }, '2025-03-09');
commit({ 'outside.txt': 'o, changed' }, '2026-07-01');
afterAll(() => rmSync(repo, { recursive: true, force: true }));

describe('last-updated dates', () => {
	it('give each file of the folder the date of its own last commit', () => {
		const dates = commitDates('content', repo);
		expect(dates.get('content/dynamics/a.mdx')).toBe('2024-01-05');
		expect(dates.get('content/dynamics/b.mdx')).toBe('2025-03-09');
		expect(dates.get('content/dynamics/größe.mdx')).toBe('2024-01-05');
		expect(dates.has('outside.txt')).toBe(false);
	});
	it('are empty outside a repository', () => {
		const elsewhere = mkdtempSync(join(tmpdir(), 'thesis-no-git-'));
		expect(commitDates('.', elsewhere).size).toBe(0);
		rmSync(elsewhere, { recursive: true, force: true });
	});
});
