import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export interface FixtureBuild {
	/** The fixture's copy of `content/`, to edit before building. */
	contentDir: string;
	outDir: string;
	status: number | null;
	/** Everything the build printed, without colours. */
	output: string;
	remove: () => void;
}

/**
 * Builds the site from a copy of `content/` changed by `edit`, in a temporary folder with
 * its own cache, exactly as `npm run build` would (same Node, same Astro).
 */
export function buildFixture(edit: (contentDir: string) => void, env: Record<string, string> = {}): FixtureBuild {
	const root = mkdtempSync(join(tmpdir(), 'thesis-fixture-'));
	const contentDir = join(root, 'content');
	const outDir = join(root, 'dist');
	cpSync(resolve('content'), contentDir, { recursive: true });
	edit(contentDir);
	const result = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], {
		encoding: 'utf8',
		env: { ...process.env, THESIS_CONTENT_DIR: contentDir, THESIS_CACHE_DIR: join(root, 'cache'), NO_COLOR: '1', FORCE_COLOR: '0', ...env },
		timeout: 300_000,
	});
	return {
		contentDir,
		outDir,
		status: result.status,
		output: `${result.stdout}\n${result.stderr}`.replace(/\x1b\[[0-9;]*m/g, ''),
		remove: () => rmSync(root, { recursive: true, force: true }),
	};
}
