import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { spawnBuild, type BuildProcess } from './build-runner.ts';

/**
 * The Starlight stand-in (../shared/anchors/starlight/: the same thesis as a Starlight site
 * on Astro 7) that `npm run bench` builds beside ours, so that speed is a ratio measured on
 * one machine in one run. shared/ is read-only, so it is copied to a scratch folder and its
 * own dependencies are installed there once (not timed).
 */
export const anchorSource = resolve(process.env.STARLIGHT_ANCHOR ?? '../shared/anchors/starlight');

export class StarlightAnchor {
	readonly dir: string;

	private constructor(dir: string) {
		this.dir = dir;
	}

	/** A scratch copy of the stand-in with its dependencies installed; null when there is none. */
	static prepare(scratch: string): StarlightAnchor | null {
		if (!existsSync(join(anchorSource, 'package.json'))) return null;
		const dir = join(scratch, 'starlight');
		cpSync(anchorSource, dir, {
			recursive: true,
			filter: (path) => !/[\\/](node_modules|dist|\.astro)$/.test(path),
		});
		execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
		return new StarlightAnchor(dir);
	}

	/** `npm run build`; cold removes every cache first (dist/, .astro/, node_modules/.astro and .vite). */
	async build(cold: boolean): Promise<BuildProcess> {
		if (cold)
			for (const cache of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite'])
				rmSync(join(this.dir, cache), { recursive: true, force: true });
		const build = await spawnBuild('npm', ['run', 'build'], {
			cwd: this.dir,
			contentDir: '',
			cacheDir: '',
			outDir: '',
			env: { PATH: `${join(this.dir, 'node_modules/.bin')}:${process.env.PATH}` },
		});
		if (build.status !== 0)
			throw new Error(`the Starlight stand-in failed to build (${build.status}):\n${build.output.slice(-3000)}`);
		return build;
	}

	/** Adds one line to its longest page, as the benchmark does to ours. */
	editLongestPage(): string {
		const pages = markdownFiles(join(this.dir, 'src/content/docs'));
		const longest = pages.sort((a, b) => statSync(b).size - statSync(a).size)[0];
		writeFileSync(longest, `${readFileSync(longest, 'utf8').trimEnd()}\n\nOne more line, written by the benchmark.\n`);
		return longest;
	}
}

function markdownFiles(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => join(folder, name));
}
