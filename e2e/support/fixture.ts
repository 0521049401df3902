import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface BuildResult {
	status: number | null;
	/** Everything the build printed, without colours. */
	output: string;
}

/**
 * A copy of `content/` in a temporary folder, with its own build cache and output, built
 * exactly as `npm run build` builds the real site (same Node, same Astro).
 */
export class Fixture {
	readonly root = mkdtempSync(join(tmpdir(), 'thesis-fixture-'));
	readonly contentDir = join(this.root, 'content');
	readonly outDir = join(this.root, 'dist');

	constructor() {
		cpSync(resolve('content'), this.contentDir, { recursive: true });
	}

	/** Replaces text in a content file; fails loudly if the text is not there. */
	replace(file: string, from: string, to: string): this {
		const path = join(this.contentDir, file);
		const text = readFileSync(path, 'utf8');
		if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found in ${path}`);
		writeFileSync(path, text.replace(from, to));
		return this;
	}

	write(file: string, text: string): this {
		writeFileSync(join(this.contentDir, file), text);
		return this;
	}

	remove(file: string): this {
		rmSync(join(this.contentDir, file));
		return this;
	}

	/** The 1-based line of the first line of a content file that contains `text`. */
	lineOf(file: string, text: string): number {
		return readFileSync(join(this.contentDir, file), 'utf8').split('\n').findIndex((line) => line.includes(text)) + 1;
	}

	/** Builds with `astro build` into the fixture's dist/. */
	build(env: Record<string, string> = {}): BuildResult {
		return this.spawn(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', this.outDir], env);
	}

	/** Builds with `npm run build` (the atomic build script) into the fixture's dist/. */
	buildWithScript(): BuildResult {
		return this.spawn('bash', [resolve('src/scripts/build.sh')], { THESIS_OUT_DIR: this.outDir });
	}

	private spawn(command: string, args: string[], env: Record<string, string>): BuildResult {
		// Astro writes its generated types and prerender chunks into the project's .astro/
		// whatever the content folder: builds from parallel test workers take turns.
		const release = lock(join(tmpdir(), 'thesis-fixture-build.lock'));
		const result = spawnSync(command, args, {
			encoding: 'utf8',
			env: {
				...process.env,
				// The Node that runs the tests (24) also runs the build script's astro.
				PATH: `${resolve('node_modules/.bin')}:${process.env.PATH}`,
				THESIS_CONTENT_DIR: this.contentDir,
				THESIS_CACHE_DIR: join(this.root, 'cache'),
				NO_COLOR: '1',
				FORCE_COLOR: '0',
				...env,
			},
			timeout: 300_000,
		});
		release();
		return { status: result.status, output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, '') };
	}

	dispose(): void {
		rmSync(this.root, { recursive: true, force: true });
	}
}

/**
 * A lock across processes: a folder that exists while one holder has it. One left behind
 * by a killed run is taken over once it is older than any build takes.
 */
function lock(path: string): () => void {
	const deadline = Date.now() + 600_000;
	for (;;) {
		try {
			mkdirSync(path);
			return () => rmSync(path, { recursive: true, force: true });
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || Date.now() > deadline) throw error;
			const age = Date.now() - (statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
			if (age > 300_000) rmSync(path, { recursive: true, force: true });
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
		}
	}
}
