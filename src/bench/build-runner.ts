import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export interface BuildRun {
	seconds: number;
	/** Peak resident memory of the build's Node process, in MiB (VmHWM). */
	peakMiB: number;
	diagramsRendered: number;
	diagramsCached: number;
	output: string;
}

/** Peak resident memory of a process so far (Linux), in kB. */
function highWaterMark(pid: number): number {
	try {
		return Number(/VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
	} catch {
		return 0;
	}
}

/** Runs `astro build` for a content folder with its own cache and output; fails loudly. */
export function runBuild(contentDir: string, cacheDir: string, outDir: string): Promise<BuildRun> {
	return new Promise((done, fail) => {
		const started = performance.now();
		const child = spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
			env: {
				...process.env,
				THESIS_CONTENT_DIR: contentDir,
				THESIS_CACHE_DIR: cacheDir,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		});
		let output = '';
		let peak = 0;
		child.stdout.on('data', (chunk) => (output += chunk));
		child.stderr.on('data', (chunk) => (output += chunk));
		const poll = setInterval(() => (peak = Math.max(peak, highWaterMark(child.pid!))), 200);
		child.on('exit', (code) => {
			clearInterval(poll);
			const seconds = (performance.now() - started) / 1000;
			if (code !== 0) return fail(new Error(`build failed (${code}):\n${output.slice(-3000)}`));
			const diagrams = /diagrams: (\d+) rendered, (\d+) from cache/.exec(output);
			done({
				seconds,
				peakMiB: peak / 1024,
				diagramsRendered: Number(diagrams?.[1] ?? 0),
				diagramsCached: Number(diagrams?.[2] ?? 0),
				output,
			});
		});
	});
}
