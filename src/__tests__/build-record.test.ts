import { appendFileSync, mkdirSync, mkdtempSync, rmSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
	changedInputs,
	describeChanges,
	isUpToDate,
	readBuildInputs,
	readBuildRecord,
	siteDigest,
	writeBuildRecord,
	type BuildRecord,
} from '../lib/build-record.ts';

let root: string;
let content: string;
let site: string;
beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'build-record-'));
	content = join(root, 'content');
	site = join(root, 'dist');
	mkdirSync(join(content, 'dynamics'), { recursive: true });
	writeFileSync(join(content, 'thesis.json'), '{"title":"A thesis"}');
	writeFileSync(join(content, 'dynamics', 'one.mdx'), '---\ntitle: One\n---\n\nA paragraph.\n');
	mkdirSync(join(site, 'one'), { recursive: true });
	writeFileSync(join(site, 'index.html'), '<p>home</p>');
	writeFileSync(join(site, 'one', 'index.html'), '<p>one</p>');
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** A content file's name as the inputs list it: its path from the project. */
const named = (...path: string[]) => relative('.', join(content, ...path));

/** Runs `read` with an environment variable set (or removed), then restores it. */
function withEnv<T>(name: string, value: string | undefined, read: () => T): T {
	const before = process.env[name];
	if (value === undefined) delete process.env[name];
	else process.env[name] = value;
	try {
		return read();
	} finally {
		if (before === undefined) delete process.env[name];
		else process.env[name] = before;
	}
}

describe('the inputs of a build', () => {
	it('read twice with nothing changed, differ in nothing', () => {
		expect(changedInputs(readBuildInputs(content), readBuildInputs(content))).toEqual([]);
	});

	it('cover the content and the generator, file by file', () => {
		const inputs = readBuildInputs(content);
		expect(Object.keys(inputs.files)).toEqual(
			expect.arrayContaining([
				named('thesis.json'),
				named('dynamics', 'one.mdx'),
				'src/scripts/build.ts',
				'astro.config.mjs',
				'package-lock.json',
			]),
		);
	});

	it('name the content files that were changed, added or removed', () => {
		const before = readBuildInputs(content);
		appendFileSync(join(content, 'dynamics', 'one.mdx'), 'One more line.\n');
		writeFileSync(join(content, 'dynamics', 'two.mdx'), '---\ntitle: Two\n---\n');
		unlinkSync(join(content, 'thesis.json'));
		expect(changedInputs(before, readBuildInputs(content))).toEqual([
			named('dynamics', 'one.mdx'),
			named('dynamics', 'two.mdx'),
			named('thesis.json'),
		]);
	});

	it('name a setting of the environment that changed', () => {
		const before = withEnv('BASE_PATH', undefined, () => readBuildInputs(content));
		const after = withEnv('BASE_PATH', '/thesis/', () => readBuildInputs(content));
		expect(changedInputs(before, after)).toEqual(['$BASE_PATH']);
	});
});

describe('what changed, for the build log', () => {
	it('names up to three inputs, then counts the rest', () => {
		expect(describeChanges(['content/a.mdx'])).toBe('content/a.mdx');
		expect(describeChanges(['a', 'b', 'c'])).toBe('a, b, c');
		expect(describeChanges(['a', 'b', 'c', 'd', '$BASE_PATH'])).toBe('a, b, c and 2 more');
	});
});

describe('whether the site is up to date', () => {
	const recordOf = (): BuildRecord => ({
		inputs: readBuildInputs(content),
		siteDir: site,
		site: siteDigest(site),
	});

	it('is, when the inputs are the same and the site is as the build left it', () => {
		const record = recordOf();
		expect(isUpToDate(record, readBuildInputs(content), site)).toBe(true);
	});

	it('is not without a record of a build', () => {
		expect(isUpToDate(undefined, readBuildInputs(content), site)).toBe(false);
	});

	it('is not when the content changed', () => {
		const record = recordOf();
		appendFileSync(join(content, 'dynamics', 'one.mdx'), 'One more line.\n');
		expect(isUpToDate(record, readBuildInputs(content), site)).toBe(false);
	});

	it('is not when the site was built for another folder', () => {
		const record = recordOf();
		expect(isUpToDate({ ...record, siteDir: join(root, 'elsewhere') }, record.inputs, site)).toBe(false);
	});

	it('is not when a file of the site was changed, added or removed, or the site is gone', () => {
		const record = recordOf();
		const changes = [
			() => utimesSync(join(site, 'one', 'index.html'), new Date(0), new Date(0)),
			() => writeFileSync(join(site, 'extra.html'), ''),
			() => unlinkSync(join(site, 'index.html')),
			() => rmSync(site, { recursive: true }),
		];
		for (const change of changes) {
			change();
			expect(isUpToDate(record, record.inputs, site)).toBe(false);
		}
	});

	it('is kept with the build caches and read back as written', () => {
		const cache = join(root, 'cache');
		expect(readBuildRecord(cache)).toBeUndefined();
		const record = recordOf();
		writeBuildRecord(cache, record);
		expect(readBuildRecord(cache)).toEqual(record);
	});
});
