import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { buildFixture, type FixtureBuild } from './support/fixture';
import { serveFolder } from './support/static-server';

// Each case runs a full build; run them one at a time so they do not compete for the CPU.
test.describe.configure({ mode: 'serial' });

const newDynamic = `---
title: "Fixture dynamic added by an editor"
summary: "A dynamic that exists only in this test fixture."
category: "technology"
position: 4
relatedChallenges: ["data-privacy-and-security"]
---

Body text of the fixture dynamic.
`;

test.describe('a new MDX file in content/dynamics/ appears everywhere with no code change', () => {
	let build: FixtureBuild;
	let site: Awaited<ReturnType<typeof serveFolder>>;

	test.beforeAll(async () => {
		test.setTimeout(300_000);
		build = buildFixture((content) => writeFileSync(join(content, 'dynamics/fixture-dynamic.mdx'), newDynamic));
		expect(build.status, build.output).toBe(0);
		site = await serveFolder(build.outDir);
	});
	test.afterAll(async () => {
		await site?.close();
		build?.remove();
	});

	test('its own page, numbered after the last technology dynamic', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.locator('h1')).toContainText('2.1 (4)');
		await expect(page.locator('h1')).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('main')).toContainText('Body text of the fixture dynamic.');
	});

	test('the index, the navigation and previous/next', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/`);
		const technology = page.getByRole('region', { name: '2.1 Technology dynamics' });
		await expect(technology.getByRole('listitem')).toHaveCount(4);
		await expect(technology.getByRole('link').last()).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('navigation', { name: 'Thesis contents', exact: true })).toContainText('2.1 (4)Fixture dynamic added by an editor');

		await page.goto(`${site.url}/dynamics/technological-innovation/`);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/fixture-dynamic\/$/);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/traditional-industries-upgrade\/$/);
	});

	test('the challenge it declares lists it back', async ({ page }) => {
		await page.goto(`${site.url}/challenges/data-privacy-and-security/`);
		await expect(page.getByRole('region', { name: 'Related dynamics' }).getByRole('link', { name: /Fixture dynamic/ })).toBeVisible();
	});
});

test.describe('an editor’s mistake fails the build and names the file', () => {
	const cases: { name: string; edit: (content: string) => void; file: RegExp; message: RegExp }[] = [
		{
			name: 'a reference to a challenge that does not exist',
			edit: (content) => replaceIn(join(content, 'dynamics/big-data-integration.mdx'), '"data-privacy-and-security"', '"no-such-challenge"'),
			file: /dynamics\/big-data-integration\.mdx:\d+/,
			message: /relatedChallenges refers to "no-such-challenge", but there is no such entry/,
		},
		{
			name: 'invalid frontmatter',
			edit: (content) => replaceIn(join(content, 'dynamics/big-data-integration.mdx'), 'category: "technology"', 'category: "economic"'),
			file: /dynamics\/big-data-integration\.mdx/,
			message: /category must be one of: technology, social/,
		},
		{
			name: 'two dynamics with the same position',
			edit: (content) => replaceIn(join(content, 'dynamics/big-data-integration.mdx'), 'position: 2', 'position: 1'),
			file: /dynamics\/(big-data-integration|new-information-infrastructure)\.mdx/,
			message: /category and position "technology 1" is already used by/,
		},
		{
			name: 'dynamics without an index chapter',
			edit: (content) => rmSync(join(content, 'chapters/dynamics.mdx')),
			file: /chapters/,
			message: /no chapter has `lists: "dynamics"`/,
		},
	];
	for (const { name, edit, file, message } of cases) {
		test(name, () => {
			test.setTimeout(300_000);
			const build = buildFixture(edit);
			try {
				expect(build.status, build.output).not.toBe(0);
				expect(build.output).toMatch(file);
				expect(build.output).toMatch(message);
			} finally {
				build.remove();
			}
		});
	}
});

function replaceIn(file: string, from: string, to: string) {
	const text = readFileSync(file, 'utf8');
	if (!text.includes(from)) throw new Error(`fixture edit: "${from}" not found in ${file}`);
	writeFileSync(file, text.replace(from, to));
}
