import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { loadContent } from '../src/content/load.ts';
import { validateContent } from '../src/content/validate.ts';
import { serveEditor } from './support/editor-server.ts';
import { Fixture } from './support/fixture.ts';

// `npm run edit` on a copy of the small fixture thesis (e2e/fixtures/small-thesis/: three
// dynamics, one challenge, two concepts), never content/: the editor writes to it. The
// tests share one open editor and move in it by its links and buttons (see serveEditor).
const fixture = new Fixture(resolve('e2e/fixtures/small-thesis'));
const read = (file: string) => readFileSync(join(fixture.contentDir, file), 'utf8');

test.describe('the browser editor of `npm run edit`', () => {
	const editor = serveEditor(fixture);
	/** Opens a collection from the editor's navigation. */
	const openCollection = async (name: string) => {
		await editor.page.getByRole('navigation').getByRole('link', { name, exact: true }).click();
		await expect(editor.page.getByRole('heading', { name, exact: true })).toBeVisible({ timeout: 60_000 });
	};
	/** Opens the dynamic "New ways of working" from its collection's list. */
	const openNewWork = async () => {
		await openCollection('Dynamics');
		await editor.page.getByRole('row', { name: 'New ways of working' }).click();
		await expect(editor.page.getByLabel('Summary')).toBeVisible();
	};

	test('shows the collections, and lists every dynamic by its title', async () => {
		const navigation = editor.page.getByRole('navigation');
		for (const collection of ['Chapters', 'Dynamics', 'Challenges', 'Concepts', 'Figures'])
			await expect(navigation.getByRole('link', { name: collection, exact: true })).toBeVisible();
		await openCollection('Dynamics');
		const titles = loadContent(fixture.contentDir)
			.entries.filter((entry) => entry.collection === 'dynamics')
			.map((entry) => String(entry.data.title));
		expect(titles).toHaveLength(3);
		for (const title of titles) await expect(editor.page.getByRole('row', { name: title })).toBeVisible();
	});

	test('a summary changed and saved is in the MDX file and on the previewed page', async ({ page: preview }) => {
		const summary = 'Work is organised in new ways, as edited in the browser.';
		await openNewWork();
		await editor.page.getByLabel('Summary').fill(summary);
		await editor.page.getByRole('button', { name: 'Save' }).click();
		await expect.poll(() => read('dynamics/new-work.mdx')).toContain(`summary: ${summary}`);
		expect(read('dynamics/new-work.mdx')).toContain(
			'Work is organised in new ways when the network connects everyone.',
		);
		// The live preview: the dev server's page of the dynamic, once it has seen the file.
		await expect(async () => {
			await preview.goto(`${editor.url}/dynamics/new-work/`);
			await expect(preview.getByRole('main')).toContainText(summary, { timeout: 1_000 });
		}).toPass({ timeout: 60_000 });
	});

	test('a new concept is the file `npm run new` would write, and the thesis stays valid', async () => {
		await openCollection('Concepts');
		await editor.page.getByRole('button', { name: 'Add' }).click();
		await editor.page.getByLabel('Term').fill('edge computing');
		await editor.page.getByLabel('Definition').fill('Computing done close to where the data is made.');
		await editor.page.getByRole('button', { name: 'Create' }).click();
		await expect(editor.page).toHaveURL(/\/keystatic\/collection\/concepts\/item\/edge-computing$/);
		expect(read('concepts/edge-computing.mdx')).toBe(
			'---\nterm: edge computing\naliases: []\ndefinition: Computing done close to where the data is made.\nrelated: []\n---\n',
		);
		expect(await validateContent(fixture.contentDir)).toEqual([]);
	});

	test('a save that breaks a rule is refused, showing the file, the line and the fix', async () => {
		const before = read('dynamics/new-work.mdx');
		await openNewWork();
		await editor.page.getByLabel('Summary').fill('TODO: write it later');
		await editor.page.getByRole('button', { name: 'Save' }).click();
		// The refusal's own alert: a toast of an earlier save can still be on screen, also as an alert.
		const alert = editor.page.getByRole('alert').filter({ hasText: 'Not saved' });
		await expect(alert).toBeVisible();
		await expect(alert).toContainText('dynamics/new-work.mdx:3: summary still holds a TODO');
		await expect(alert).toContainText("fix: replace it with the thesis's own words");
		expect(read('dynamics/new-work.mdx')).toBe(before);
	});
});
