import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { browserIdentity, browserPathVariable, chromiumExecutable } from '../browser/chromium.ts';
import { commitDates } from './last-updated.ts';

/**
 * What `npm run build` made a site from, and what it made: kept after each successful
 * build, so that a build with nothing changed can leave the site as it is. The output of
 * a build depends on nothing else (no clock, system font or locale shapes it), so equal
 * inputs over an untouched site folder mean there is nothing to build.
 */
export interface BuildRecord {
	inputs: BuildInputs;
	/** The site folder the build was published to, absolute. */
	siteDir: string;
	/** Every file of that folder with its size and time, as the build left it. */
	site: string;
}

/** Everything that shapes the output: files by their hash, settings by their value. */
export interface BuildInputs {
	files: Record<string, string>;
	settings: Record<string, string>;
}

/**
 * The generator's files and what is installed: src/ (components, plugins, styles), public/,
 * the config, and the packages as npm installed them (node_modules/.package-lock.json).
 */
const generatorPaths = [
	'src',
	'public',
	'astro.config.mjs',
	'tsconfig.json',
	'package.json',
	'package-lock.json',
	'node_modules/.package-lock.json',
];

/** The environment variables a build reads (astro.config.mjs, src/paths.ts, the browser's). */
const isBuildSetting = (name: string) =>
	name.startsWith('THESIS_') || ['BASE_PATH', 'SITE_URL', browserPathVariable].includes(name);

/** Hashes of every file under the given paths (files or folders), by path from the project. */
function fileHashes(paths: string[]): Record<string, string> {
	const hashes: Record<string, string> = {};
	for (const path of paths) {
		if (!existsSync(path)) continue;
		const files = statSync(path).isDirectory()
			? readdirSync(path, { recursive: true, encoding: 'utf8' }).map((name) => join(path, name))
			: [path];
		for (const file of files.sort()) {
			if (!statSync(file).isFile()) continue;
			hashes[relative('.', file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
		}
	}
	return hashes;
}

/** Which browser would draw: a missing one is an input too (the build then fails and says why). */
function browser(): string {
	try {
		return browserIdentity(chromiumExecutable());
	} catch {
		return 'none';
	}
}

/**
 * Reads what a build of `contentDir` would be made from: the content's and the generator's
 * files, the build's environment variables, Node's version, the browser, and the dates of
 * the commits that last changed each content file (pages show them).
 */
export function readBuildInputs(contentDir: string): BuildInputs {
	const settings: Record<string, string> = {
		node: process.version,
		browser: browser(),
		'content commit dates': JSON.stringify([...commitDates(contentDir)].sort()),
	};
	for (const [name, value] of Object.entries(process.env))
		if (isBuildSetting(name) && value !== undefined) settings[`$${name}`] = value;
	return { files: fileHashes([contentDir, ...generatorPaths]), settings };
}

/** The files and settings that differ between two readings, by name. */
export function changedInputs(before: BuildInputs, after: BuildInputs): string[] {
	const differ = (a: Record<string, string>, b: Record<string, string>) =>
		[...new Set([...Object.keys(a), ...Object.keys(b)])].filter((name) => a[name] !== b[name]).sort();
	return [...differ(before.files, after.files), ...differ(before.settings, after.settings)];
}

/** What changed, in a line for the build's log: the first few names, and how many more. */
export function describeChanges(changed: string[], shown = 3): string {
	const more = changed.length - shown;
	return changed.slice(0, shown).join(', ') + (more > 0 ? ` and ${more} more` : '');
}

/**
 * A site folder's files with their sizes and times, cheap to read: the build moves its
 * output into place whole, so only a hand (or a tool) that changes the folder changes it.
 */
export function siteDigest(folder: string): string {
	const hash = createHash('sha256');
	for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
		const { size, mtimeMs } = statSync(join(folder, name));
		hash.update(`${name}\0${size}\0${mtimeMs}\0`);
	}
	return hash.digest('hex');
}

/** Where the record of the last build is kept: with the other build caches. */
const recordFile = (cacheDir: string) => join(cacheDir, 'last-build.json');

export function readBuildRecord(cacheDir: string): BuildRecord | undefined {
	try {
		return JSON.parse(readFileSync(recordFile(cacheDir), 'utf8')) as BuildRecord;
	} catch {
		return undefined;
	}
}

export function writeBuildRecord(cacheDir: string, record: BuildRecord): void {
	mkdirSync(cacheDir, { recursive: true });
	writeFileSync(recordFile(cacheDir), JSON.stringify(record));
}

/**
 * Whether the site in `siteDir` is what a build of these inputs would make: the last build
 * was published there from the same inputs, and the folder is as it left it.
 */
export function isUpToDate(record: BuildRecord | undefined, inputs: BuildInputs, siteDir: string): boolean {
	return (
		record !== undefined &&
		record.siteDir === resolve(siteDir) &&
		changedInputs(record.inputs, inputs).length === 0 &&
		existsSync(siteDir) &&
		siteDigest(siteDir) === record.site
	);
}
