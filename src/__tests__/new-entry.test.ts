import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { validateContent } from '../content/validate.ts';
import { slugify } from '../scaffold/new-entry.ts';
import { writeValidFiles } from './content-fixture.ts';

let roots: string[] = [];
afterEach(() => {
	for (const root of roots) rmSync(root, { recursive: true, force: true });
	roots = [];
});

/** The small thesis of the fixture, written to a temporary content folder. */
function contentDir(): string {
	const root = mkdtempSync(join(tmpdir(), 'new-entry-'));
	roots.push(root);
	return writeValidFiles(root);
}

/** Runs `npm run new -- …` as an editor would. */
function runNew(dir: string, ...args: string[]) {
	const result = spawnSync(process.execPath, ['src/scripts/new-entry.ts', ...args], {
		encoding: 'utf8',
		env: { ...process.env, THESIS_CONTENT_DIR: dir },
	});
	return { status: result.status, output: result.stdout + result.stderr };
}

/** What validate says once the editor has replaced every TODO: nothing else may be wrong. */
async function problemsBesideTodos(dir: string) {
	return (await validateContent(dir)).filter((p) => !/TODO/.test(p.message));
}

// Each case starts `npm run new` as a process, as an editor does.
describe('npm run new', { timeout: 60_000 }, () => {
	it('makes file names from titles', () => {
		expect(slugify('Promotion of “Internet +” by national strategy')).toBe(
			'promotion-of-internet-by-national-strategy',
		);
		expect(slugify('R&D of core technology')).toBe('r-and-d-of-core-technology');
		expect(slugify('  Ünïcode  títle ')).toBe('unicode-title');
	});

	it('creates a dynamic in a category declared in thesis.json, numbered after its last one, and says what to do next', async () => {
		const dir = contentDir();
		const { status, output } = runNew(dir, 'dynamic', 'Platform economy', '--category', 'beta');
		expect(status, output).toBe(0);
		expect(output).toMatch(/Created .*dynamics\/platform-economy\.mdx/);
		expect(output).toMatch(/Next:\n {2}- Replace each TODO/);
		expect(readFileSync(join(dir, 'dynamics/platform-economy.mdx'), 'utf8')).toMatch(
			/^---\ntitle: "Platform economy"\n.*\ncategory: "beta"\nposition: 2\n/s,
		);
		expect(await problemsBesideTodos(dir)).toEqual([]);
		// The TODOs themselves fail validation until the thesis's words replace them.
		expect((await validateContent(dir)).map((p) => p.message)).toEqual([
			'summary still holds a TODO',
			'the text still holds a TODO',
		]);
	});

	it('creates a challenge with the next section number, and a concept', async () => {
		const dir = contentDir();
		expect(runNew(dir, 'challenge', 'Talent shortage').status).toBe(0);
		expect(readFileSync(join(dir, 'challenges/talent-shortage.mdx'), 'utf8')).toContain('section: "3.2"');
		expect(runNew(dir, 'concept', 'Platform').status).toBe(0);
		expect(readFileSync(join(dir, 'concepts/platform.mdx'), 'utf8')).toContain('term: "Platform"');
		expect(await problemsBesideTodos(dir)).toEqual([]);
	});

	it('refuses to overwrite, and explains bad arguments, with a non-zero exit', () => {
		const dir = contentDir();
		const before = readFileSync(join(dir, 'dynamics/first.mdx'), 'utf8');
		const clash = runNew(dir, 'dynamic', 'First');
		expect(clash.status).toBe(1);
		expect(clash.output).toMatch(/first\.mdx already exists/);
		expect(readFileSync(join(dir, 'dynamics/first.mdx'), 'utf8')).toBe(before);

		const wrong = runNew(dir, 'chapter', 'Preface');
		expect(wrong.status).toBe(1);
		expect(wrong.output).toMatch(
			/^usage: npm run new -- <dynamic\|challenge\|concept> "Title" \[--category alpha\|beta\]/m,
		);
		expect(runNew(dir, 'dynamic', 'X', '--category', 'economic').output).toMatch(
			/--category .* declared in thesis\.json: alpha, beta/,
		);
	});
});
