/**
 * `npm run quality`: measures the built site and prints the figures, with PASS or FAIL
 * against our targets (a report, not a test: scores vary from run to run):
 *   - Lighthouse, mobile: accessibility, best practices and SEO 100, performance >= 95,
 *     on the home page, the first page that places a figure and the full-text view, read
 *     from content/ (so another thesis is measured on its own pages);
 *   - the Nu HTML Checker (vnu.jar on the system Java): errors on every page;
 *   - axe-core: WCAG 2.2 AA violations on every page, light and dark.
 * Run `npm run build` first. The site is served by `astro preview` on port 4321, the
 * address the default build gives as its own (canonical links point there).
 */
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chromium } from 'playwright';
import { chromiumArgs, chromiumExecutable } from '../browser/chromium.ts';
import { wcagViolations } from '../browser/wcag.ts';

const port = 4321;
const origin = `http://localhost:${port}`;
let failed = false;
const verdict = (ok: boolean) => {
	failed ||= !ok;
	return ok ? 'PASS' : 'FAIL';
};

if (!existsSync('dist/index.html')) {
	console.error('No build in dist/: run `npm run build` first.');
	process.exit(1);
}
const pages = [...readFileSync('dist/sitemap.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map(
	(m) => new URL(m[1]).pathname,
);
// Lighthouse scores the home page, the first page that places a figure (the heaviest kind
// of reading page) and the full text, whatever the thesis.
const builtHtml = (path: string) => readFileSync(`dist${path}index.html`, 'utf8');
const firstFigurePage = pages.find((path) => path !== '/' && /<figure\b[^>]*\bid="figure-/.test(builtHtml(path)));
const lighthousePages = [...new Set(['/', firstFigurePage ?? pages[1] ?? '/', '/full-text/'])];

const server = spawn(
	process.execPath,
	['node_modules/astro/bin/astro.mjs', 'preview', '--port', String(port), '--host', 'localhost'],
	{ stdio: 'ignore' },
);
try {
	for (let i = 0; i < 100; i++) {
		if (
			await fetch(origin).then(
				() => true,
				() => false,
			)
		)
			break;
		await new Promise((r) => setTimeout(r, 200));
	}

	console.log('\nLighthouse (mobile)');
	const chrome = await chromeLauncher.launch({
		chromePath: chromiumExecutable() ?? chromium.executablePath(),
		chromeFlags: ['--headless=new', ...chromiumArgs],
	});
	try {
		for (const path of lighthousePages) {
			const result = await lighthouse(`${origin}${path}`, { port: chrome.port, output: 'json', logLevel: 'error' });
			const categories = result?.lhr.categories ?? {};
			const score = (id: string) => Math.round((categories[id]?.score ?? 0) * 100);
			const scores = {
				performance: score('performance'),
				accessibility: score('accessibility'),
				'best-practices': score('best-practices'),
				seo: score('seo'),
			};
			const ok =
				scores.performance >= 95 &&
				scores.accessibility === 100 &&
				scores['best-practices'] === 100 &&
				scores.seo === 100;
			console.log(
				`  ${path.padEnd(42)} perf ${scores.performance}  a11y ${scores.accessibility}  best ${scores['best-practices']}  seo ${scores.seo}  ${verdict(ok)}`,
			);
			if (!ok) {
				for (const audit of Object.values(result?.lhr.audits ?? {})) {
					if (audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary')
						console.log(`      - ${audit.id}: ${audit.title}`);
				}
			}
		}
	} finally {
		chrome.kill();
	}

	console.log('\nNu HTML Checker');
	const vnu = spawnSync(
		'java',
		// -XX:-UsePerfData: Java would leave its hsperfdata folder in /tmp.
		['-XX:-UsePerfData', '-jar', 'node_modules/vnu-jar/build/dist/vnu.jar', '--errors-only', '--skip-non-html', 'dist'],
		{ encoding: 'utf8' },
	);
	if (vnu.error)
		throw new Error(
			`Java is needed for the Nu HTML Checker (apt-get install default-jre-headless): ${vnu.error.message}`,
		);
	const errors = vnu.stderr.split('\n').filter((line) => line.includes(': error'));
	for (const line of errors.slice(0, 20)) console.log(`  ${line}`);
	console.log(`  ${errors.length} errors in ${pages.length + 1} pages  ${verdict(errors.length === 0)}`);

	console.log('\naxe-core, WCAG 2.2 AA');
	const browser = await chromium.launch({ executablePath: chromiumExecutable(), args: chromiumArgs });
	try {
		for (const colorScheme of ['light', 'dark'] as const) {
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			let violations = 0;
			for (const path of [...pages, '/404/']) {
				await page.goto(`${origin}${path}`);
				const found = await wcagViolations(page);
				for (const violation of found) console.log(`  ${colorScheme} ${path}: ${violation}`);
				violations += found.length;
			}
			console.log(
				`  ${colorScheme}: ${violations} violations in ${pages.length + 1} pages  ${verdict(violations === 0)}`,
			);
			await context.close();
		}
	} finally {
		await browser.close();
	}
} finally {
	server.kill();
}
process.exit(failed ? 1 : 0);
