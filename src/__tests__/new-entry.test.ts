import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { slugify } from '../scaffold/new-entry';
import { validateContent } from '../validation/validate-content';

let roots: string[] = [];
afterEach(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
	roots = [];
});

function contentCopy(): string {
	const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
	roots.push(root);
	cpSync('content', root, { recursive: true });
	return root;
}

/** Runs `npm run new -- …` as an editor would, on a copy of the content. */
function runNew(contentDir: string, ...args: string[]) {
	const result = spawnSync(process.execPath, [resolve('node_modules/tsx/dist/cli.mjs'), 'src/scripts/new-entry.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, THESIS_CONTENT_DIR: contentDir },
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

describe('npm run new', () => {
	it('makes file names from titles', () => {
		expect(slugify('Promotion of “Internet +” by national strategy')).toBe('promotion-of-internet-by-national-strategy');
		expect(slugify('R&D of core technology')).toBe('r-and-d-of-core-technology');
		expect(slugify('  Ünïcode  títle ')).toBe('unicode-title');
	});

	it('creates a valid dynamic numbered after the last of its category, and says what to do next', async () => {
		const root = contentCopy();
		const { status, output } = runNew(root, 'dynamic', 'Platform economy', '--category', 'social');
		expect(status).toBe(0);
		expect(output).toMatch(/Created .*dynamics\/platform-economy\.mdx/);
		expect(output).toMatch(/Next:\n {2}- Replace each TODO/);
		const text = readFileSync(join(root, 'dynamics/platform-economy.mdx'), 'utf8');
		expect(text).toMatch(/^---\ntitle: "Platform economy"\n.*\ncategory: "social"\nposition: 5\n/s);
		expect(await validateContent(root)).toEqual([]);
	});

	it('creates a challenge with the next section number, and a concept', async () => {
		const root = contentCopy();
		expect(runNew(root, 'challenge', 'Talent shortage').status).toBe(0);
		expect(readFileSync(join(root, 'challenges/talent-shortage.mdx'), 'utf8')).toContain('section: "3.5"');
		expect(runNew(root, 'concept', 'Platform').status).toBe(0);
		expect(readFileSync(join(root, 'concepts/platform.mdx'), 'utf8')).toContain('term: "Platform"');
		expect(await validateContent(root)).toEqual([]);
	});

	it('refuses to overwrite, and explains bad arguments, with a non-zero exit', () => {
		const root = contentCopy();
		const before = readFileSync(join(root, 'dynamics/big-data-integration.mdx'), 'utf8');
		const clash = runNew(root, 'dynamic', 'Big data integration');
		expect(clash.status).toBe(1);
		expect(clash.output).toMatch(/big-data-integration\.mdx already exists/);
		expect(readFileSync(join(root, 'dynamics/big-data-integration.mdx'), 'utf8')).toBe(before);

		const wrong = runNew(root, 'chapter', 'Preface');
		expect(wrong.status).toBe(1);
		expect(wrong.output).toMatch(/^usage: npm run new -- <dynamic\|challenge\|concept> "Title"/m);
		expect(runNew(root, 'dynamic', 'X', '--category', 'economic').output).toMatch(/--category .* technology or social/);
	});
});
