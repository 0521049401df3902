/**
 * `npm run bench`: what a build costs and what a reader downloads, with PASS or FAIL per
 * budget (a benchmark, not a test). It builds a copy of content/ three times — cold (no
 * cache), warm (nothing changed), after a one-line edit — then serves the build and
 * measures first visits with Playwright. Prints a table; writes .cache/bench.json.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright';
import { serveFolder } from '../../e2e/support/static-server';
import { runBuild } from '../bench/build-runner';
import { measureFirstSearch, measurePage } from '../bench/page-weight';
import { chromiumArgs, chromiumExecutable } from '../browser/chromium';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const root = mkdtempSync(join(tmpdir(), 'thesis-bench-'));
const contentDir = join(root, 'content');
const cacheDir = join(root, 'cache');
const outDir = join(root, 'dist');
cpSync('content', contentDir, { recursive: true });

try {
	const cold = await runBuild(contentDir, cacheDir, outDir);
	const warm = await runBuild(contentDir, cacheDir, outDir);
	const summary = join(contentDir, 'chapters/summary.mdx');
	writeFileSync(summary, `${readFileSync(summary, 'utf8').trimEnd()}\n\nOne more line, written by the benchmark.\n`);
	const edited = await runBuild(contentDir, cacheDir, outDir);

	console.log('\nBuilds (a copy of content/)');
	for (const [name, run] of [['cold', cold], ['warm, no change', warm], ['after a one-line edit', edited]] as const) {
		console.log(`  ${name.padEnd(24)} ${run.seconds.toFixed(1).padStart(6)} s   diagrams ${run.diagramsRendered} rendered, ${run.diagramsCached} cached   peak ${run.peakMiB.toFixed(0)} MiB`);
	}

	const site = await serveFolder(outDir);
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
	const paths = ['/', '/dynamics/new-information-infrastructure/', '/challenges/data-privacy-and-security/', '/concepts/big-data/', '/full-text/'];
	const pages = [];
	for (const path of paths) pages.push(await measurePage(browser, site.url, path));
	const search = await measureFirstSearch(browser, site.url, '/summary/', 'big data');
	await browser.close();
	await site.close();

	console.log('\nFirst view (gzip; raw in brackets)');
	console.log(`  ${'page'.padEnd(42)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS files'.padStart(9)} ${'fonts'.padStart(7)} ${'images'.padStart(8)} ${'total'.padStart(9)}  requests  inline JS`);
	for (const p of pages) {
		const cell = (k: string, w = 9) => kb(p.bytes[k].gzip).padStart(w);
		console.log(`  ${p.path.padEnd(42)} ${cell('document')} ${cell('stylesheet')} ${cell('script')} ${cell('font', 7)} ${cell('image', 8)} ${kb(p.total.gzip).padStart(9)} (${kb(p.total.raw)})  ${String(p.requests).padStart(3)}  ${kb(p.inlineScriptBytes)}`);
	}
	console.log(`\nFirst search query (“big data”): ${kb(search.gzip)} gzip (${kb(search.raw)} raw) in ${search.requests} requests`);
	const partNames = { runtime: "Pagefind's engine (pagefind.js, WebAssembly)", ui: "Pagefind's Component UI (JS, CSS)", index: 'index data of this site', site: 'other files of the site' };
	for (const [part, name] of Object.entries(partNames) as [keyof typeof partNames, string][]) {
		const w = search.parts[part];
		if (w.files > 0) console.log(`  ${name.padEnd(46)} ${kb(w.gzip).padStart(9)} in ${w.files} file${w.files === 1 ? '' : 's'}`);
	}

	const figurePage = pages[1];
	const budgets = [
		{ name: 'reading page with a figure, first view ≤ 30 KB gzip', value: kb(figurePage.total.gzip), ok: figurePage.total.gzip <= 30 * 1024 },
		{ name: 'no JavaScript file before search opens (inline scripts excepted)', value: `${pages.reduce((n, p) => n + p.scriptFiles, 0)} files`, ok: pages.every((p) => p.scriptFiles === 0) },
		{ name: 'CSS ≤ 12 KB gzip', value: kb(Math.max(...pages.map((p) => p.bytes.stylesheet.gzip))), ok: pages.every((p) => p.bytes.stylesheet.gzip <= 12 * 1024) },
		{ name: 'warm rebuild ≤ 50% of a cold build', value: `${((warm.seconds / cold.seconds) * 100).toFixed(0)}%`, ok: warm.seconds <= cold.seconds / 2 },
		{ name: 'a warm rebuild renders no diagram', value: `${warm.diagramsRendered}`, ok: warm.diagramsRendered === 0 },
		{ name: 'first search query ≤ 60 KB gzip', value: kb(search.gzip), ok: search.gzip <= 60 * 1024 },
	];
	console.log('\nBudgets');
	for (const b of budgets) console.log(`  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value}`);

	mkdirSync('.cache', { recursive: true });
	writeFileSync('.cache/bench.json', JSON.stringify({ date: new Date().toISOString(), builds: { cold, warm, edited }, pages, search, budgets }, (key, value) => (key === 'output' ? undefined : value), 2));
	console.log('\nWritten to .cache/bench.json');
	process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
} finally {
	rmSync(root, { recursive: true, force: true });
}
