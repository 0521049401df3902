import { execFileSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { serveFolder } from '../src/lib/static-server.ts';
import { Fixture } from './support/fixture.ts';
import { wcagViolations } from '../src/browser/wcag.ts';

// An editor's edition, end to end, on the generator's small fixture thesis: its challenge's
// paragraph made long and recorded as edition 1; one sentence added; `npm run edition`;
// `npm run build`. Then what a reader gets: the page names edition 2, the Changes page
// shows the earlier and current words, the earlier words are one link from the passage,
// and the citation files name edition 2. Finally, a broken edition record stops validate
// and the build with its file and line, and leaves dist/ as it was. The diff and the
// records on small inputs are unit tests (src/__tests__/editions-*.test.ts, word-diff.test.ts).
const paragraph = 'Data that is shared must also be protected.';
const long = `${paragraph} Open data crosses the borders of firms and of countries, and every copy is another place where it can leak. The rules that protect it are older than the networks that carry it.`;
const added = 'Whoever holds shared data answers for keeping it safe.';
const note = 'Who answers for shared data: one sentence added to 3.1.';
const challenge = '/challenges/data-protection/';

const fixture = new Fixture(resolve('e2e/fixtures/small-thesis')).replace(
	'challenges/data-protection.mdx',
	paragraph,
	long,
);
const git = (...args: string[]) =>
	execFileSync('git', ['-c', 'user.name=Editor', '-c', 'user.email=editor@example.org', ...args], {
		cwd: fixture.contentDir,
		encoding: 'utf8',
	});

test.describe('an edition recorded with `npm run edition`, then `npm run build`', () => {
	test.describe.configure({ mode: 'default' });
	let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
	let recorded = '';
	let changedInContent = '';
	let id = '';

	test.beforeAll(async () => {
		test.setTimeout(400_000);
		const first = await fixture.npmRun('edition', ['The thesis as first published on the web', '--date', '2026-12-03']);
		expect(first.status, first.output).toBe(0);
		git('init', '--quiet');
		git('add', '.');
		git('commit', '--quiet', '-m', 'Edition 1');
		fixture.replace('challenges/data-protection.mdx', long, `${long} ${added}`);
		const second = await fixture.npmRun('edition', [note], { SOURCE_DATE_EPOCH: '1796860800' });
		expect(second.status, second.output).toBe(0);
		recorded = second.output;
		changedInContent = git('status', '--porcelain', '--untracked-files=all');
		const build = await fixture.buildWithScript();
		expect(build.status, build.output).toBe(0);
		const registered = readFileSync(join(fixture.contentDir, 'passages.jsonl'), 'utf8');
		id = /"id":"([a-z0-9]+)","page":"challenges\/data-protection"/.exec(registered)![1];
		server = await serveFolder(fixture.outDir, '/');
	});
	test.afterAll(async () => {
		await server?.close();
		fixture.dispose();
	});

	test('the edition is recorded in content/ (git sees it beside the edit), numbered and dated', () => {
		expect(recorded).toMatch(/passages: 1 changed; commit /);
		expect(recorded).toMatch(/edition 2 \(10 December 2026\) recorded in \S*editions\/2\.jsonl: 1 changed; commit /);
		expect(changedInContent.split('\n').filter(Boolean).sort()).toEqual([
			' M challenges/data-protection.mdx',
			' M passages.jsonl',
			'?? editions/2.jsonl',
		]);
		const [header] = readFileSync(join(fixture.contentDir, 'editions/2.jsonl'), 'utf8').split('\n');
		expect(JSON.parse(header)).toEqual({ edition: 2, date: '2026-12-10', note });
	});

	test('the passage’s page names edition 2; the passage says it changed, and its edition-1 words are one link away', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server!.url}${challenge}`);
		await expect(page.locator('.page-source .edition')).toHaveText('Edition 2, 10 December 2026');
		const passage = page.locator(`#p-${id}`);
		await expect(passage.locator('.passage-history')).toHaveText('changed in edition 2; edition 1’s words');
		await passage.getByRole('link', { name: 'edition 1’s words' }).click();
		await expect(page).toHaveURL(`${server!.url}/editions/1/#p-${id}`);
		await expect(page.locator('h1')).toHaveText('Edition 1, 3 December 2026');
		await expect(page.locator(`#p-${id}`)).toHaveText(long);
		await context.close();
	});

	test('the Changes page lists edition 2 with its note, and the passage’s earlier and current words, marked', async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server!.url}${challenge}`);
		await page.locator(`#p-${id}`).getByRole('link', { name: 'changed in edition 2' }).click();
		await expect(page).toHaveURL(`${server!.url}/changes/#edition-2-${id}`);
		const edition = page.locator('section.edition').first();
		await expect(edition.locator('h2')).toHaveText('Edition 2, 10 December 2026');
		await expect(edition.locator('.note')).toHaveText(note);
		const entry = page.locator(`#edition-2-${id}`);
		await expect(entry.locator('.where a')).toHaveAttribute('href', `${challenge}#p-${id}`);
		await expect(entry.locator('.words .text').first()).toHaveText(long);
		await expect(entry.locator('.words .text').nth(1)).toHaveText(`${long} ${added}`);
		await expect(entry.locator('ins')).toHaveText(added);
		await expect(entry.locator('del')).toHaveCount(0);
		// The second link from the passage: its words in edition 1.
		await entry.getByRole('link', { name: 'Edition 1', exact: true }).click();
		await expect(page).toHaveURL(`${server!.url}/editions/1/#p-${id}`);
		await expect(page.locator(`#p-${id}`)).toHaveText(long);
		await context.close();
	});

	for (const colorScheme of ['light', 'dark'] as const)
		test(`the Changes page with its marked words, and the changed passage as a link's target, pass axe (${colorScheme})`, async ({
			browser,
		}) => {
			test.slow();
			const context = await browser.newContext({ colorScheme });
			const page = await context.newPage();
			for (const address of [`/changes/#edition-2-${id}`, `${challenge}#p-${id}`]) {
				await page.goto(`${server!.url}${address}`);
				expect(await wcagViolations(page), address).toEqual([]);
			}
			await context.close();
		});

	test('BibTeX, RIS and CSL-JSON citations of edition 2 are published and linked from the pages', async ({
		page,
		request,
	}) => {
		await page.goto(`${server!.url}${challenge}`);
		const links = page.locator('.page-source .citation-files a');
		await expect(links).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
		const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
		const [bib, ris, csl] = await Promise.all(
			hrefs.map(async (href) => (await request.get(`${server!.url}${href}`)).text()),
		);
		expect(bib).toContain('version = {2}');
		expect(bib).toContain('note = {Edition 2, 10 December 2026}');
		expect(ris).toContain('ET  - 2\r\n');
		expect(ris).toContain('DA  - 2026/12/10/\r\n');
		expect(JSON.parse(csl)[0]).toMatchObject({ version: '2', issued: { 'date-parts': [[2026, 12, 10]] } });
		await page.goto(`${server!.url}/`);
		await expect(page.locator('section.cite .files a')).toHaveText(['BibTeX', 'RIS', 'CSL-JSON']);
		await expect(page.locator('#cite-reference')).toContainText('Edition 2, 10 December 2026. Available at');
	});

	test('following the passage’s ¶ shows its citation: its permanent address and edition 2', async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server!.url}${challenge}`);
		const cite = page.locator(`#p-${id} .passage-cite`);
		await expect(cite).toBeHidden();
		await page.locator(`#p-${id} a.passage-link`).click();
		await expect(cite).toBeVisible();
		await expect(cite).toHaveText(
			new RegExp(
				`^Cite this passage: .+\\. Edition 2, 10 December 2026, passage ${id}\\. Available at https?://[^ ]+/p/${id}/$`,
			),
		);
		await page.emulateMedia({ media: 'print' });
		await expect(cite).toBeHidden();
		await context.close();
	});

	test('a broken edition record stops validate and the build with its file and line, and leaves dist/ as it was', async () => {
		test.setTimeout(300_000);
		const before = statSync(join(fixture.outDir, 'index.html')).mtimeMs;
		const second = readFileSync(join(fixture.contentDir, 'editions/2.jsonl'), 'utf8');
		fixture
			.write('editions/3.jsonl', second.replace('"edition":2,"date":"2026-12-10"', '"edition":3,"date":"2026-12-01"'))
			.replace('editions/2.jsonl', `,"text":"${long} ${added}"`, '');
		const line = fixture.lineOf('editions/2.jsonl', `"id":"${id}"`);
		const validate = await fixture.npmRun('validate');
		expect(validate.status).toBe(1);
		const build = await fixture.buildWithScript();
		expect(build.status).toBe(1);
		for (const output of [validate.output, build.output]) {
			expect(output).toMatch(
				new RegExp(
					`editions/2\\.jsonl:${line}: this line of the edition record records passage "${id}" without its "text"`,
				),
			);
			expect(output).toMatch(
				/editions\/3\.jsonl:1: the editions are out of order: edition 3 is dated 2026-12-01, before edition 2 \(2026-12-10\)\n\s+fix: date edition 3 on or after 2026-12-10/,
			);
		}
		expect(build.output).toContain('was left as it was');
		expect(statSync(join(fixture.outDir, 'index.html')).mtimeMs).toBe(before);
	});
});
