/**
 * `npm run bench:scale -- --pages 100,1000`: builds synthetic theses of N dynamics each (in
 * a temporary folder) and reports build time, peak memory, output and index size, and the
 * cost per page, to show whether the build stays linear as a thesis grows.
 */
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runBuild } from '../bench/build-runner.ts';
import { writeSyntheticCorpus } from '../bench/synthetic-corpus.ts';

const { values } = parseArgs({ options: { pages: { type: 'string', default: '100,1000' } } });
const sizes = values.pages
	.split(',')
	.map(Number)
	.filter((n) => n > 0);

function folderBytes(folder: string): number {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((sum, name) => {
		const stat = statSync(join(folder, name));
		return stat.isFile() ? sum + stat.size : sum;
	}, 0);
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
const rows: string[] = [];
for (const n of sizes) {
	const root = mkdtempSync(join(tmpdir(), `thesis-scale-${n}-`));
	try {
		writeSyntheticCorpus(join(root, 'content'), n);
		const run = await runBuild(join(root, 'content'), join(root, 'cache'), join(root, 'dist'));
		const pages = readdirSync(join(root, 'dist'), { recursive: true, encoding: 'utf8' }).filter((name) =>
			name.endsWith('.html'),
		).length;
		const row = `  ${String(n).padStart(6)}  ${String(pages).padStart(6)}  ${run.seconds.toFixed(1).padStart(8)} s  ${((run.seconds * 1000) / pages).toFixed(1).padStart(7)} ms  ${run.peakMiB.toFixed(0).padStart(6)} MiB  ${mib(folderBytes(join(root, 'dist'))).padStart(10)}  ${mib(folderBytes(join(root, 'dist', 'pagefind'))).padStart(9)}  ${String(run.diagramsRendered).padStart(4)}`;
		rows.push(row);
		console.log(row);
	} finally {
		rmSync(root, { recursive: true, force: true });
	}
}
console.log(
	`\n  ${'N'.padStart(6)}  ${'pages'.padStart(6)}  ${'build'.padStart(10)}  ${'per page'.padStart(10)}  ${'peak'.padStart(10)}  ${'dist'.padStart(10)}  ${'index'.padStart(9)}  diagrams\n${rows.join('\n')}`,
);
