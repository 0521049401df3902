import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import {
	astroBuild,
	scriptBuild,
	spawnBuild,
	type BuildOptions,
	type BuildProcess,
} from '../../src/bench/build-runner.ts';

/** What a fixture's project copy takes from the repository: the generator, not the thesis. */
const generatorFiles = ['src', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/**
 * A copy of a fixture thesis (one made for the generator's tests, e.g.
 * e2e/fixtures/small-thesis/) in a temporary folder, with its own build cache and output,
 * built exactly as `npm run build` builds the real site (same Node, same Astro).
 *
 * Astro writes generated modules (the content module list among them) into the project's
 * .astro/, so two builds of one project at once would read each other's. Each fixture
 * therefore builds in a project of its own: a copy of the generator beside its content,
 * sharing the repository's node_modules. Fixtures of parallel workers build at once.
 *
 * Nothing is written until the fixture is first used (built, or a path asked for), so a
 * fixture declared while tests are collected leaves no folder behind and an edit that does
 * not apply fails its tests, not the collection. Edits are queued until then.
 */
export class Fixture {
	#root: string | undefined;
	readonly #edits: ((contentDir: string) => void)[] = [];

	private readonly source: string;

	constructor(source: string) {
		this.source = source;
	}

	/** The temporary folder; created, with the content copied and edited, on first use. */
	get root(): string {
		if (!this.#root) {
			const root = mkdtempSync(join(tmpdir(), 'thesis-fixture-'));
			this.#root = root;
			cpSync(this.source, join(root, 'content'), { recursive: true });
			for (const file of generatorFiles) cpSync(resolve(file), join(root, 'project', file), { recursive: true });
			symlinkSync(resolve('node_modules'), join(root, 'project', 'node_modules'));
			for (const edit of this.#edits.splice(0)) edit(join(root, 'content'));
		}
		return this.#root;
	}

	get contentDir(): string {
		return join(this.root, 'content');
	}

	/** The fixture's own copy of the generator, where it is built. */
	get projectDir(): string {
		return join(this.root, 'project');
	}

	get outDir(): string {
		return join(this.root, 'dist');
	}

	/** The fixture's own build cache (Astro's content store, diagrams, Vite's dependencies). */
	get cacheDir(): string {
		return join(this.root, 'cache');
	}

	/** Replaces text in a content file; fails loudly if the text is not there. */
	replace(file: string, from: string, to: string): this {
		return this.edit((dir) => {
			const path = join(dir, file);
			const text = readFileSync(path, 'utf8');
			if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found in ${path}`);
			writeFileSync(path, text.replace(from, to));
		});
	}

	/** Adds text at the end of a content file. */
	append(file: string, text: string): this {
		return this.edit((dir) => {
			const path = join(dir, file);
			writeFileSync(path, `${readFileSync(path, 'utf8')}${text}`);
		});
	}

	write(file: string, text: string): this {
		return this.edit((dir) => writeFileSync(join(dir, file), text));
	}

	remove(file: string): this {
		return this.edit((dir) => rmSync(join(dir, file)));
	}

	/** The 1-based line of the first line of a content file that contains `text`. */
	lineOf(file: string, text: string): number {
		return (
			readFileSync(join(this.contentDir, file), 'utf8')
				.split('\n')
				.findIndex((line) => line.includes(text)) + 1
		);
	}

	private edit(change: (contentDir: string) => void): this {
		if (this.#root) change(this.contentDir);
		else this.#edits.push(change);
		return this;
	}

	/** Builds with `astro build` into the fixture's dist/. */
	build(env: Record<string, string> = {}): Promise<BuildProcess> {
		return astroBuild(this.buildOptions(env));
	}

	/** Builds with `npm run build` (the atomic build script, given `args`) into the fixture's dist/. */
	buildWithScript(args: string[] = []): Promise<BuildProcess> {
		return scriptBuild(this.buildOptions({}), args);
	}

	/** Runs one of the project's npm scripts (`npm run edition -- …`) on the fixture's content. */
	npmRun(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<BuildProcess> {
		return spawnBuild('npm', ['run', '--silent', script, '--', ...args], this.buildOptions(env));
	}

	private buildOptions(env: Record<string, string>): BuildOptions {
		return {
			cwd: this.projectDir,
			contentDir: this.contentDir,
			cacheDir: this.cacheDir,
			outDir: this.outDir,
			env,
			timeout: 300_000,
		};
	}

	/** Deletes the temporary folder, if it was ever made. */
	dispose(): void {
		if (this.#root) rmSync(this.#root, { recursive: true, force: true });
		this.#root = undefined;
	}
}
