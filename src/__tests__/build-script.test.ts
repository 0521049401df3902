import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

const script = resolve('src/scripts/build.sh');
let root: string;

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'build-script-'));
	mkdirSync(join(root, 'bin'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/**
 * Runs `npm run build`'s script with a stand-in `node` first on the PATH (the script runs
 * `node src/scripts/build.ts --outDir … --siteDir …`): it writes a page into the folder
 * given by --outDir, then succeeds or fails as told, or finds the site up to date and
 * writes nothing, so the script's own behaviour (build beside, swap only on success) is
 * tested without a real build.
 */
function build(outcome: 'succeeds' | 'fails' | 'is up to date', page = '', args: string[] = []) {
	const node = join(root, 'bin', 'node');
	writeFileSync(
		node,
		[
			'#!/usr/bin/env bash',
			`printf '%s\\n' "$*" > '${join(root, 'arguments')}'`,
			'while [ "$#" -gt 0 ]; do case "$1" in --outDir) out="$2" ;; --siteDir) site="$2" ;; esac; shift; done',
			`[ "$site" = '${join(root, 'dist')}' ] || { echo "--siteDir is $site" >&2; exit 2; }`,
			outcome === 'is up to date' ? 'exit 0' : 'mkdir -p "$out"',
			`printf '%s' '${page}' > "$out/index.html"`,
			outcome === 'succeeds' ? 'exit 0' : 'echo "a problem in the content" >&2; exit 1',
		].join('\n'),
	);
	chmodSync(node, 0o755);
	return spawnSync('bash', [script, ...args], {
		cwd: root,
		encoding: 'utf8',
		env: { ...process.env, PATH: `${join(root, 'bin')}:${process.env.PATH}`, THESIS_OUT_DIR: join(root, 'dist') },
	});
}

const page = () => readFileSync(join(root, 'dist', 'index.html'), 'utf8');

describe('the build script', () => {
	it('puts a successful build in place of the last one, leaving no folder beside it', () => {
		expect(build('succeeds', 'first').status).toBe(0);
		expect(build('succeeds', 'second').status).toBe(0);
		expect(page()).toBe('second');
		expect(existsSync(join(root, 'dist.next'))).toBe(false);
		expect(existsSync(join(root, 'dist.old'))).toBe(false);
	});
	it('leaves the last good site as it was when a build fails, says so, and exits non-zero', () => {
		expect(build('succeeds', 'good').status).toBe(0);
		const failed = build('fails', 'half-built');
		expect(failed.status).not.toBe(0);
		expect(failed.stderr).toContain('a problem in the content');
		expect(failed.stderr).toMatch(/The build failed: .*dist\/ was left as it was\./);
		expect(page()).toBe('good');
		expect(existsSync(join(root, 'dist.next'))).toBe(false);
	});
	it('keeps the site as it is when the build finds it up to date', () => {
		expect(build('succeeds', 'built').status).toBe(0);
		const unchanged = build('is up to date');
		expect(unchanged.status, unchanged.stderr).toBe(0);
		expect(page()).toBe('built');
		expect(existsSync(join(root, 'dist.next'))).toBe(false);
		expect(existsSync(join(root, 'dist.old'))).toBe(false);
	});
	it('passes its own arguments on to the build (`npm run build -- --force`)', () => {
		expect(build('succeeds', 'forced', ['--force']).status).toBe(0);
		expect(readFileSync(join(root, 'arguments'), 'utf8')).toMatch(/ --force\n$/);
	});
	it('leaves no site at all when the first build fails', () => {
		expect(build('fails', 'half-built').status).not.toBe(0);
		expect(existsSync(join(root, 'dist'))).toBe(false);
		expect(existsSync(join(root, 'dist.next'))).toBe(false);
	});
});
