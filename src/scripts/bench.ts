/**
 * `npm run bench`: what a build costs and what a reader downloads, with PASS or FAIL per
 * budget (a benchmark, not a test). Build speed is a ratio measured side by side: a copy of
 * content/ and the Starlight stand-in (../shared/anchors/starlight/, the same thesis as a
 * Starlight site) are built alternately, three times each cold (every cache removed) and
 * three times warm (nothing changed), taking the medians, then each once after a one-line
 * edit of its longest page. Our warm build with nothing changed finds the site up to date
 * and builds nothing; the same build forced (`--force`: every page rendered again, from the
 * caches) is measured beside it, for the record. It then serves our build and measures
 * first visits with Playwright, and the first search under slow 4G with a 4x slower CPU. Pages and the query
 * are chosen from the built thesis, not named here. Prints a table with the machine's
 * load; writes .cache/bench.json. The scale run is `npm run bench:scale`.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { chromium } from 'playwright';
import { serveFolder } from '../lib/static-server.ts';
import { runBuild, type BuildProcess, type BuildRun } from '../bench/build-runner.ts';
import { StarlightAnchor } from '../bench/starlight-anchor.ts';
import { measureFirstSearch, measurePage, slow4g } from '../bench/page-weight.ts';
import type { QuickEntry } from '../components/search/quick-index.ts';
import { chromiumArgs, chromiumExecutable } from '../browser/chromium.ts';
import { loadContent } from '../content/load.ts';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
const load = () =>
	`load average ${loadavg()
		.map((n) => n.toFixed(2))
		.join(', ')} on ${cpus().length} cores`;

/**
 * Budgets. Builds, as ratios to the Starlight stand-in built in the same run (machines here
 * differ by two times from day to day, so a time in seconds proves nothing): no slower
 * cold, at most half of its warm build when nothing changed or after a one-line edit.
 */
const budget = {
	coldRatio: 1.0,
	warmRatio: 0.5,
	editRatio: 0.5,
	firstResultMs: 1000,
	figurePageKb: 30,
	cssKb: 12,
	searchKb: 100,
};
/** Builds of each kind; the median of three is not thrown by one slow run. */
const repeats = 3;
/** The collections whose entries are pages of the thesis. */
const pageCollections = new Set(['chapters', 'dynamics', 'challenges']);
const median = <T extends BuildProcess>(list: T[]) =>
	[...list].sort((a, b) => a.seconds - b.seconds)[Math.floor(list.length / 2)];
/** Every cache a cold build of ours must not find (the project's own as well as the copy's). */
const ourCaches = (cacheDir: string, outDir: string) => [cacheDir, outDir, '.astro', 'node_modules/.vite'];

const root = mkdtempSync(join(tmpdir(), 'thesis-bench-'));
const contentDir = join(root, 'content');
const cacheDir = join(root, 'cache');
const outDir = join(root, 'dist');
cpSync('content', contentDir, { recursive: true });

try {
	const anchor = StarlightAnchor.prepare(root);
	if (!anchor) console.log('No Starlight stand-in found: build ratios are not measured.');
	console.log(`Machine: ${load()} (before the builds)`);
	const colds: BuildRun[] = [];
	const anchorColds: BuildProcess[] = [];
	for (let run = 0; run < repeats; run += 1) {
		for (const cache of ourCaches(cacheDir, outDir)) rmSync(cache, { recursive: true, force: true });
		colds.push(await runBuild(contentDir, cacheDir, outDir));
		if (anchor) anchorColds.push(await anchor.build(true));
	}
	const warms: BuildRun[] = [];
	const forcedWarms: BuildRun[] = [];
	const anchorWarms: BuildProcess[] = [];
	for (let run = 0; run < repeats; run += 1) {
		warms.push(await runBuild(contentDir, cacheDir, outDir));
		forcedWarms.push(await runBuild(contentDir, cacheDir, outDir, ['--force']));
		if (anchor) anchorWarms.push(await anchor.build(false));
	}
	const cold = median(colds);
	const warm = median(warms);
	const forcedWarm = median(forcedWarms);
	// The edit goes to the longest page of the thesis: the most work a one-line edit can cause.
	const longest = loadContent(contentDir)
		.entries.filter((entry) => pageCollections.has(entry.collection))
		.sort((a, b) => b.body.length - a.body.length)[0];
	if (!longest) throw new Error('The thesis has no page to edit.');
	writeFileSync(
		longest.file,
		`${readFileSync(longest.file, 'utf8').trimEnd()}\n\nOne more line, written by the benchmark.\n`,
	);
	const edited = await runBuild(contentDir, cacheDir, outDir);
	const anchorEdited = anchor ? (anchor.editLongestPage(), await anchor.build(false)) : undefined;

	console.log(`\nBuilds, side by side (cold and warm: median of ${repeats}, alternating)`);
	const runs = (list: BuildProcess[]) => list.map((run) => run.seconds.toFixed(1)).join(', ');
	console.log(
		`  ours: cold runs ${runs(colds)} s; warm runs ${runs(warms)} s; forced warm runs ${runs(forcedWarms)} s; edited ${relative(contentDir, longest.file)}`,
	);
	if (anchor) console.log(`  Starlight: cold runs ${runs(anchorColds)} s; warm runs ${runs(anchorWarms)} s`);
	const ratio = (ours: BuildProcess, theirs: BuildProcess | undefined) =>
		theirs ? ours.seconds / theirs.seconds : Number.NaN;
	const anchorWarm = anchor ? median(anchorWarms) : undefined;
	const ratios = {
		cold: ratio(cold, anchor ? median(anchorColds) : undefined),
		warm: ratio(warm, anchorWarm),
		forcedWarm: ratio(forcedWarm, anchorWarm),
		edited: ratio(edited, anchorWarm),
	};
	console.log(`  ${''.padEnd(24)} ${'ours'.padStart(8)} ${'Starlight'.padStart(10)} ${'ratio'.padStart(7)}`);
	for (const [name, run, theirs, r] of [
		['cold', cold, anchor ? median(anchorColds) : undefined, ratios.cold],
		['warm, no change', warm, anchorWarm, ratios.warm],
		['warm, forced', forcedWarm, anchorWarm, ratios.forcedWarm],
		['after a one-line edit', edited, anchorEdited, ratios.edited],
	] as const) {
		console.log(
			`  ${name.padEnd(24)} ${run.seconds.toFixed(1).padStart(6)} s ${(theirs ? `${theirs.seconds.toFixed(1)} s` : '–').padStart(10)} ${(Number.isNaN(r) ? '–' : r.toFixed(2)).padStart(7)}   diagrams ${run.diagramsRendered} rendered, ${run.diagramsCached} cached   peak ${run.peakMiB.toFixed(0)} MiB`,
		);
	}

	const site = await serveFolder(outDir);
	// What to measure, from the built thesis: its home, the first page in reading order that
	// places a figure, the first challenge, the first concept, the full text; the query is
	// the term of a concept the thesis discusses.
	const entries = JSON.parse(readFileSync(join(outDir, 'search-terms.json'), 'utf8')) as QuickEntry[];
	const inOrder = entries.filter((e) => e.kind !== 'concept');
	const pageFile = (href: string) => join(outDir, href, 'index.html');
	const figurePage = inOrder.find((e) => readFileSync(pageFile(e.href), 'utf8').includes('<figure class="figure"'));
	const challenge = inOrder.find((e) => e.kind === 'challenge');
	const concept = entries.find((e) => e.kind === 'concept');
	if (!figurePage || !challenge || !concept)
		throw new Error('The built thesis has no page with a figure, no challenge or no concept to measure.');
	const paths = [...new Set(['/', figurePage.href, challenge.href, concept.href, '/full-text/'])];
	const query = concept.names[0];
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
	const pages = [];
	for (const path of paths) pages.push(await measurePage(browser, site.url, path));
	const search = await measureFirstSearch(browser, site.url, figurePage.href, query);
	await browser.close();
	await site.close();

	console.log('\nFirst view (gzip; raw in brackets)');
	console.log(
		`  ${'page'.padEnd(42)} ${'HTML'.padStart(9)} ${'CSS'.padStart(9)} ${'JS files'.padStart(9)} ${'fonts'.padStart(7)} ${'images'.padStart(8)} ${'total'.padStart(9)}  requests  inline JS`,
	);
	for (const p of pages) {
		const cell = (k: string, w = 9) => kb(p.bytes[k].gzip).padStart(w);
		console.log(
			`  ${p.path.padEnd(42)} ${cell('document')} ${cell('stylesheet')} ${cell('script')} ${cell('font', 7)} ${cell('image', 8)} ${kb(p.total.gzip).padStart(9)} (${kb(p.total.raw)})  ${String(p.requests).padStart(3)}  ${kb(p.inlineScriptBytes)}`,
		);
	}
	console.log(
		`\nFirst search on ${figurePage.href} (“${query}”), slow 4G (${slow4g.latency} ms RTT, 1.6 Mbit/s) and ${slow4g.cpuSlowdown}x CPU slowdown`,
	);
	console.log(
		`  first result on screen ${search.firstResultMs.toFixed(0)} ms after “/”, full-text results ${search.fullTextMs.toFixed(0)} ms`,
	);
	console.log(`  downloaded after “/”: ${kb(search.gzip)} gzip (${kb(search.raw)} raw) in ${search.requests} requests`);
	const partNames = {
		ui: 'search dialog (search-dialog.js)',
		quick: 'quick index (search-terms.json)',
		runtime: "Pagefind's engine (pagefind.js, WebAssembly)",
		index: "Pagefind's index data",
		site: 'other files of the site',
	};
	for (const [part, name] of Object.entries(partNames) as [keyof typeof partNames, string][]) {
		const w = search.parts[part];
		if (w.files > 0)
			console.log(`    ${name.padEnd(46)} ${kb(w.gzip).padStart(9)} in ${w.files} file${w.files === 1 ? '' : 's'}`);
	}

	const figureWeight = pages[paths.indexOf(figurePage.href)];
	const budgets = [
		{
			name: `cold build ≤ ${budget.coldRatio}× Starlight's cold build`,
			value: `${ratios.cold.toFixed(2)}×`,
			ok: ratios.cold <= budget.coldRatio,
		},
		{
			name: `warm rebuild, nothing changed ≤ ${budget.warmRatio}× Starlight's warm build`,
			value: `${ratios.warm.toFixed(2)}×`,
			ok: ratios.warm <= budget.warmRatio,
		},
		{
			name: `rebuild after a one-line edit ≤ ${budget.editRatio}× Starlight's warm build`,
			value: `${ratios.edited.toFixed(2)}×`,
			ok: ratios.edited <= budget.editRatio,
		},
		{
			name: 'a warm build with nothing changed finds the site up to date',
			value: `${warms.filter((run) => /it is up to date\./.test(run.output)).length} of ${warms.length}`,
			ok: warms.every((run) => /it is up to date\./.test(run.output)),
		},
		{
			name: 'a forced warm rebuild renders no diagram',
			value: `${forcedWarm.diagramsRendered}`,
			ok: forcedWarm.diagramsRendered === 0 && forcedWarm.diagramsCached > 0,
		},
		{
			name: `first search result ≤ ${budget.firstResultMs} ms after “/” (slow 4G, 4x CPU)`,
			value: `${search.firstResultMs.toFixed(0)} ms`,
			ok: search.firstResultMs <= budget.firstResultMs,
		},
		{
			name: `before search: reading page with a figure, first view ≤ ${budget.figurePageKb} KB gzip`,
			value: kb(figureWeight.total.gzip),
			ok: figureWeight.total.gzip <= budget.figurePageKb * 1024,
		},
		{
			name: 'before search: no JavaScript file (inline scripts excepted)',
			value: `${pages.reduce((n, p) => n + p.scriptFiles, 0)} files`,
			ok: pages.every((p) => p.scriptFiles === 0),
		},
		{
			name: `after opening search: first query ≤ ${budget.searchKb} KB gzip`,
			value: kb(search.gzip),
			ok: search.gzip <= budget.searchKb * 1024,
		},
		{
			name: `CSS ≤ ${budget.cssKb} KB gzip`,
			value: kb(Math.max(...pages.map((p) => p.bytes.stylesheet.gzip))),
			ok: pages.every((p) => p.bytes.stylesheet.gzip <= budget.cssKb * 1024),
		},
	];
	console.log(`\nBudgets (${load()})`);
	for (const b of budgets) console.log(`  ${b.ok ? 'PASS' : 'FAIL'}  ${b.name}: ${b.value}`);

	mkdirSync('.cache', { recursive: true });
	writeFileSync(
		'.cache/bench.json',
		JSON.stringify(
			{
				date: new Date().toISOString(),
				load: load(),
				builds: {
					colds,
					warms,
					forcedWarms,
					cold,
					warm,
					forcedWarm,
					edited,
					anchorColds,
					anchorWarms,
					anchorEdited,
					ratios,
				},
				pages,
				search,
				budgets,
			},
			(key, value) => (key === 'output' ? undefined : value),
			2,
		),
	);
	console.log('\nWritten to .cache/bench.json');
	process.exitCode = budgets.every((b) => b.ok) ? 0 : 1;
} finally {
	rmSync(root, { recursive: true, force: true });
}
