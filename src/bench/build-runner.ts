import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';

/** A finished build process: how it ended, what it printed, what it cost. */
export interface BuildProcess {
	status: number | null;
	/** Everything the build printed, stdout and stderr, without colours. */
	output: string;
	seconds: number;
	/** Peak resident memory of the build's largest process, in MiB (VmHWM). */
	peakMiB: number;
}

export interface BuildRun extends BuildProcess {
	diagramsRendered: number;
	diagramsCached: number;
}

export interface BuildOptions {
	/** The thesis to build, and the build's own cache and output folders. */
	contentDir: string;
	cacheDir: string;
	outDir: string;
	/** The project to build in (the folder with astro.config.mjs); the current one by default. */
	cwd?: string;
	/** Extra environment, e.g. BASE_PATH. */
	env?: Record<string, string>;
	/** Kills a build that runs longer, in ms (it then ends with no status); none by default. */
	timeout?: number;
}

/** Peak resident memory of a process so far (Linux), in kB. */
function highWaterMark(pid: number): number {
	try {
		return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** The processes a process started, and theirs (Linux): a build script's Node, not only its shell. */
function descendants(pid: number): number[] {
	try {
		const children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
		return children.flatMap((child) => [child, ...descendants(child)]);
	} catch {
		return [];
	}
}

/** The largest peak of a process and those it started: the build's own Node, whatever script runs it. */
function peakOfTree(pid: number): number {
	return Math.max(highWaterMark(pid), ...descendants(pid).map(highWaterMark));
}

/**
 * Runs one build command of the site for a content folder, with its own cache and output,
 * and waits for it: the one way the benchmarks and the tests' fixtures start a build. The
 * Node that runs the caller (the project's, 24) also runs the `astro` a script calls.
 */
export function spawnBuild(command: string, args: string[], options: BuildOptions): Promise<BuildProcess> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(command, args, {
			cwd: options.cwd,
			timeout: options.timeout,
			env: {
				...process.env,
				PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
				THESIS_CONTENT_DIR: options.contentDir,
				THESIS_CACHE_DIR: options.cacheDir,
				THESIS_OUT_DIR: options.outDir,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...options.env,
			},
		});
		let output = '';
		let peak = 0;
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const poll = setInterval(() => (peak = Math.max(peak, peakOfTree(child.pid!))), 200);
		child.on('error', (error) => {
			clearInterval(poll);
			fail(error);
		});
		child.on('close', (status) => {
			clearInterval(poll);
			const seconds = (performance.now() - started) / 1000;
			done({ status, output: stripVTControlCharacters(output), seconds, peakMiB: peak / 1024 });
		});
	});
}

/** `astro build` of a content folder into `outDir`. */
export function astroBuild(options: BuildOptions): Promise<BuildProcess> {
	return spawnBuild(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', options.outDir],
		options,
	);
}

/**
 * `npm run build`'s script (Astro with the build's browser started first, output swapped in)
 * into `outDir`, with the script's arguments (`--force`).
 */
export function scriptBuild(options: BuildOptions, args: string[] = []): Promise<BuildProcess> {
	return spawnBuild('bash', [resolve(options.cwd ?? '.', 'src/scripts/build.sh'), ...args], options);
}

/** `npm run build` for the benchmarks: fails loudly, and reads the diagram counts from the log. */
export async function runBuild(
	contentDir: string,
	cacheDir: string,
	outDir: string,
	args: string[] = [],
): Promise<BuildRun> {
	const build = await scriptBuild({ contentDir, cacheDir, outDir }, args);
	if (build.status !== 0) throw new Error(`build failed (${build.status}):\n${build.output.slice(-3000)}`);
	const diagrams = /diagrams: (\d+) rendered, (\d+) from cache/.exec(build.output);
	return { ...build, diagramsRendered: Number(diagrams?.[1] ?? 0), diagramsCached: Number(diagrams?.[2] ?? 0) };
}
