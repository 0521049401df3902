import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture';
import { serveFixture } from './support/served-fixture';

// A site built for a sub-folder (BASE_PATH=/thesis/) and served only there.
test.describe('built under a base path', () => {
	test.describe.configure({ mode: 'serial' });
	const fixture = new Fixture();
	const site = serveFixture(fixture, { base: '/thesis/', env: { BASE_PATH: '/thesis/' } });

	test('links, styles, figures and previous/next stay under the base', async ({ page }) => {
		const failed: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failed.push(response.url());
		});
		await page.goto(`${site.url}/thesis/`);
		const hrefs = await page.locator('a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
		expect(hrefs.length).toBeGreaterThan(10);
		for (const href of hrefs) expect(href).toMatch(/^\/thesis\//);
		expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/Charter|serif/);

		await page.getByRole('navigation', { name: 'Thesis contents', exact: true }).getByRole('link', { name: /2\.1 \(1\)/ }).click();
		await expect(page).toHaveURL(/\/thesis\/dynamics\/new-information-infrastructure\/$/);
		await expect(page.locator('#figure-infrastructure svg')).toBeVisible();
		await page.locator('a.figure-ref').click();
		await expect(page).toHaveURL(/\/thesis\/dynamics\/new-information-infrastructure\/#figure-infrastructure$/);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/thesis\/dynamics\/big-data-integration\/$/);
		expect(failed).toEqual([]);
	});

	test('search finds pages and links to them under the base', async ({ page }) => {
		await page.goto(`${site.url}/thesis/summary/`);
		await page.keyboard.press('/');
		await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
		await page.keyboard.type('Zhejiang');
		const first = page.locator('.search-dialog .search-result-link').first();
		await expect(first).toHaveAttribute('href', /^\/thesis\/dynamics\/national-and-enterprise-strategy\/\?highlight=zhejiang/i);
		await page.keyboard.press('ArrowDown');
		await expect(first).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(page.locator('article mark.search-highlight').first()).toHaveText('Zhejiang');

		await page.goto(`${site.url}/thesis/search/?q=Boardcom`);
		await expect(page.locator('[data-search-page] .pf-result-link').first()).toHaveAttribute('href', /^\/thesis\/challenges\/core-technology-rnd\//);
	});

	test('canonical URLs, link previews and citations carry the base', async ({ page }) => {
		await page.goto(`${site.url}/thesis/summary/`);
		await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/[^/]+\/thesis\/summary\/$/);
		await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', /^https?:\/\/[^/]+\/thesis\/cards\/summary\.png$/);
		await page.goto(`${site.url}/thesis/full-text/`);
		await expect(page.locator('#cite-reference')).toContainText(/https?:\/\/[^/ ]+\/thesis\/full-text\//);
	});
});
