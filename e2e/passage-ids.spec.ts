import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { fromHtml } from 'hast-util-from-html';
import { selectAll } from 'hast-util-select';
import { serveFolder } from '../src/lib/static-server.ts';
import { Fixture } from './support/fixture.ts';
import { wcagViolations } from '../src/browser/wcag.ts';

// A citation made today leads to the same words after any number of edits. This builds the
// generator's small fixture thesis, makes the four edits an editor makes most (insert,
// extend, move to another page, delete), builds again with `npm run build` alone, and
// checks every passage's address. The matching on small inputs is a unit test
// (src/__tests__/passages-match.test.ts); that every registered id of content/ resolves is
// e2e/built-html/passages.test.ts.
const leaving = 'Teams that once shared an office now share a network, and their work follows them home.';
const deleted = 'This small thesis exists to test the generator, page by page.';
const extended = 'Data that is shared must also be protected.';
const inserted = 'An editor inserted this paragraph at the top of the dynamic in a later edition.';

const fixture = new Fixture(resolve('e2e/fixtures/small-thesis'))
	.append('dynamics/new-work.mdx', `\n${leaving}\n`)
	.append('chapters/introduction.mdx', '\nIts pages are few, and each of them is made for a test.\n');
const pages = [
	'/introduction/',
	'/dynamics/',
	'/challenges/',
	'/summary/',
	'/dynamics/cloud-platforms/',
	'/dynamics/open-data/',
	'/dynamics/new-work/',
	'/challenges/data-protection/',
];

/** The passage ids of a built page's body, in order. */
function idsOf(path: string): string[] {
	const tree = fromHtml(readFileSync(join(fixture.outDir, path, 'index.html'), 'utf8'));
	return selectAll('.prose .passage', tree).map((element) => String(element.properties.id));
}

test.describe('passage ids after an editor’s edits and `npm run build` alone', () => {
	test.describe.configure({ mode: 'default' });
	let before: Map<string, string[]>;
	let registered: string;
	let output = '';
	let server: Awaited<ReturnType<typeof serveFolder>> | undefined;

	test.beforeAll(async () => {
		test.setTimeout(400_000);
		const first = await fixture.build();
		expect(first.status, first.output).toBe(0);
		expect(first.output).toMatch(/passages: 10 new; commit \S*passages\.jsonl/);
		before = new Map(pages.map((path) => [path, idsOf(path)]));
		registered = readFileSync(join(fixture.contentDir, 'passages.jsonl'), 'utf8');
		fixture
			.replace('dynamics/open-data.mdx', 'Open data invites', `${inserted}\n\nOpen data invites`)
			.replace('challenges/data-protection.mdx', extended, `${extended} Whoever holds it answers for keeping it safe.`)
			.replace('dynamics/new-work.mdx', `\n${leaving}\n`, '')
			.append('dynamics/cloud-platforms.mdx', `\n${leaving}\n`)
			.replace('chapters/introduction.mdx', `${deleted}\n`, '');
		const second = await fixture.buildWithScript();
		expect(second.status, second.output).toBe(0);
		output = second.output;
		server = await serveFolder(fixture.outDir, '/');
	});
	test.afterAll(async () => {
		await server?.close();
		fixture.dispose();
	});

	test('the build records what changed in one line', () => {
		expect(output).toMatch(/passages: 1 new, 1 changed, 1 moved, 1 removed; commit \S*passages\.jsonl/);
		expect(readFileSync(join(fixture.contentDir, 'passages.jsonl'), 'utf8')).not.toBe(registered);
	});

	test('untouched and extended passages keep their ids on their pages', () => {
		for (const path of ['/dynamics/', '/challenges/', '/summary/', '/challenges/data-protection/'])
			expect(idsOf(path), path).toEqual(before.get(path));
		expect(idsOf('/dynamics/new-work/')).toEqual(before.get('/dynamics/new-work/')!.slice(0, 1));
		expect(idsOf('/dynamics/open-data/').slice(1)).toEqual(before.get('/dynamics/open-data/'));
		expect(idsOf('/introduction/')).toEqual(before.get('/introduction/')!.slice(1));
	});

	test('the inserted paragraph gets an id no passage had', () => {
		const [id] = idsOf('/dynamics/open-data/');
		expect(registered).not.toContain(`"${id.slice(2)}"`);
		expect([...before.values()].flat()).not.toContain(id);
	});

	test('the moved paragraph keeps its id on its new page; its old page keeps the id with a link there', async ({
		browser,
	}) => {
		const id = before.get('/dynamics/new-work/')![1];
		expect(idsOf('/dynamics/cloud-platforms/')).toEqual([...before.get('/dynamics/cloud-platforms/')!, id]);
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server!.url}/dynamics/new-work/#${id}`);
		const note = page.locator(`#${id}`);
		await expect(note).toContainText('This passage has moved to 2.1 (1) Cloud platforms');
		await note.getByRole('link').click();
		await expect(page).toHaveURL(`${server!.url}/dynamics/cloud-platforms/#${id}`);
		await expect(page.locator(`#${id}`)).toContainText(leaving);
		// Its positional id, published before it moved, leads to the same note.
		await page.goto(`${server!.url}/dynamics/new-work/#p-2-2-1-2`);
		await expect(page.locator('.passage-note:has(> #p-2-2-1-2)')).toHaveAttribute('id', id);
		await context.close();
	});

	test('the deleted paragraph’s id stands on its page on a note with its words, not on another paragraph', async ({
		page,
	}) => {
		const id = before.get('/introduction/')![0];
		await page.goto(`${server!.url}/introduction/#${id}`);
		const note = page.locator(`#${id}`);
		await expect(note).toHaveClass(/passage-note/);
		await expect(note).toContainText('This passage was removed in a later edit. It read:');
		await expect(note.locator('q')).toHaveText(deleted);
		await expect(page.locator('.prose .passage').first()).not.toHaveAttribute('id', id);
	});

	test('a resolver page sends the reader to where a passage stands now, without JavaScript', async ({ browser }) => {
		const moved = before.get('/dynamics/new-work/')![1];
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${server!.url}/p/${moved.slice(2)}/`);
		await expect(page).toHaveURL(`${server!.url}/dynamics/cloud-platforms/#${moved}`);
		// The passage it lands on is marked.
		await expect
			.poll(() => page.locator(`#${moved}`).evaluate((p) => getComputedStyle(p).backgroundColor))
			.not.toBe('rgba(0, 0, 0, 0)');
		await context.close();
	});

	test('pages with notes of moved and removed passages pass axe', async ({ page }) => {
		test.slow();
		for (const path of ['/dynamics/new-work/', '/introduction/']) {
			await page.goto(`${server!.url}${path}`);
			expect(await wcagViolations(page), path).toEqual([]);
		}
	});

	test('the reading pages still load no script file', () => {
		for (const path of pages) {
			const html = readFileSync(join(fixture.outDir, path, 'index.html'), 'utf8');
			expect(html, path).not.toMatch(/<script[^>]+src=/);
		}
	});
});
