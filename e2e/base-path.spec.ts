import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { readContentModel } from './support/content-model.ts';
import { Fixture } from './support/fixture.ts';
import { serveFixture } from './support/served-fixture.ts';

// A test of the generator: it builds the small thesis made for the generator's tests, not
// content/, and takes its pages from that thesis's model.
const smallThesis = resolve('e2e/fixtures/small-thesis');
const model = readContentModel(smallThesis);
const figure = model.figures[0];
const target = model.dynamics[0] ?? model.chapters[0];

// A site built for a sub-folder (BASE_PATH=/thesis/) and served only there.
test.describe('built under a base path', () => {
	const site = serveFixture(new Fixture(smallThesis), { base: '/thesis/', env: { BASE_PATH: '/thesis/' } });

	test('links, styles, figures and previous/next stay under the base', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(`${site.url}/thesis/`);
		const hrefs = await page
			.locator('a[href^="/"]')
			.evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(model.pages.length);
		for (const href of hrefs) expect(href).toMatch(/^\/thesis\//);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Charter|serif/);

		const start = figure?.page ?? target;
		await page
			.getByRole('navigation', { name: 'Thesis contents', exact: true })
			.locator(`a[href="/thesis${start.path}"]`)
			.click();
		await expect(page).toHaveURL((url) => url.pathname === `/thesis${start.path}`);
		if (figure) await expect(page.locator(`#${figure.anchor} svg`)).toBeVisible();
		const next = model.pages[model.pages.indexOf(start) + 1];
		if (next) {
			await page.locator('a[rel="next"]').click();
			await expect(page).toHaveURL((url) => url.pathname === `/thesis${next.path}`);
		}
		expect(failed).toEqual([]);
	});

	test('search finds pages and links to them under the base', async ({ page }) => {
		await page.goto(`${site.url}/thesis${model.pages.at(-1)!.path}`);
		await page.keyboard.press('/');
		await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
		await page.keyboard.type(target.title);
		const first = page.locator('.search-dialog .search-result-link').first();
		await expect(first).toHaveAttribute('href', new RegExp(`^/thesis${target.path}\\?highlight=`));
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('article mark.search-highlight').first()).toBeVisible();

		await page.goto(`${site.url}/thesis/search/?q=${encodeURIComponent(target.title)}`);
		await expect(page.locator('[data-search-page] .pf-result-link').first()).toHaveAttribute(
			'href',
			new RegExp(`^/thesis${target.path}`),
		);
	});

	test('canonical URLs, link previews and citations carry the base', async ({ page }) => {
		const last = model.pages.at(-1)!;
		await page.goto(`${site.url}/thesis${last.path}`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
			'href',
			new RegExp(`^https?://[^/]+/thesis${last.path}$`),
		);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
			'content',
			/^https?:\/\/[^/]+\/thesis\/cards\/.+\.png$/,
		);
		await page.goto(`${site.url}/thesis/full-text/`);
		await expect(page.locator('#cite-reference')).toContainText(/https?:\/\/[^/ ]+\/thesis\/full-text\//);
	});
});
