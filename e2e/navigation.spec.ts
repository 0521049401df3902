import { expect, test, type Page } from '@playwright/test';
import { allPagePaths } from './support/site';

/** Follows rel="next" (or rel="prev") links from the current page; the paths reached, in order. */
async function follow(page: Page, rel: 'next' | 'prev'): Promise<string[]> {
	const reached: string[] = [];
	for (;;) {
		const link = page.getByRole('navigation', { name: 'Previous and next in the thesis' }).locator(`a[rel="${rel}"]`);
		if ((await link.count()) === 0) return reached;
		const href = (await link.getAttribute('href'))!;
		await Promise.all([page.waitForURL((url) => url.pathname === href), link.click()]);
		reached.push(href);
		expect(reached.length, `${rel} links loop`).toBeLessThan(100);
	}
}

test('following "Next" from the home page reads the whole thesis in order, and "Previous" reads it back', async ({ page }) => {
	const expected = await allPagePaths(page);
	await page.goto('/');
	const visited = ['/', ...(await follow(page, 'next'))];
	expect(visited).toEqual(expected);
	expect(visited.at(-1)).toBe('/summary/');

	const back = [visited.at(-1), ...(await follow(page, 'prev'))];
	expect(back.reverse()).toEqual(expected);
});

test('the thesis order is 1, 2, 2.1 (1…3), 2.2 (1…4), 3, 3.1…3.4, 4', async ({ page }) => {
	await page.goto('/');
	const labels = await page
		.getByRole('navigation', { name: 'Thesis contents', exact: true })
		.locator('.number')
		.allTextContents();
	expect(labels).toEqual(['1', '2', '2.1', '2.1 (1)', '2.1 (2)', '2.1 (3)', '2.2', '2.2 (1)', '2.2 (2)', '2.2 (3)', '2.2 (4)', '3', '3.1', '3.2', '3.3', '3.4', '4']);
});

test('the navigation marks the current page and breadcrumbs lead up the hierarchy', async ({ page }) => {
	await page.goto('/dynamics/economic-development/');
	const nav = page.getByRole('navigation', { name: 'Thesis contents', exact: true });
	await expect(nav.locator('[aria-current="page"]')).toHaveText(/2\.2 \(3\)/);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await expect(crumbs.getByRole('listitem')).toHaveText(['Home', '2 Development Dynamics of “Internet +”', '2.2 Social dynamics', /2\.2 \(3\)/]);
	await crumbs.getByRole('link', { name: '2.2 Social dynamics' }).click();
	await expect(page).toHaveURL(/\/dynamics\/#social$/);
});

test('on a phone the contents open as a drawer without JavaScript, close, and navigate', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	const nav = page.getByRole('navigation', { name: 'Thesis contents', exact: true });
	const toggle = page.getByRole('button', { name: 'Contents' });
	await expect(nav).toBeHidden();

	await toggle.click();
	await expect(nav).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(nav).toBeHidden();

	await toggle.click();
	await page.getByRole('button', { name: 'Close' }).click();
	await expect(nav).toBeHidden();

	await toggle.click();
	await nav.getByRole('link', { name: /3\.4/ }).click();
	await expect(page).toHaveURL(/\/challenges\/industrial-standards\/$/);
	await context.close();
});

test('each page carries the contents once: the sidebar is the phone menu too', async ({ page }) => {
	await page.goto('/dynamics/economic-development/');
	await expect(page.getByRole('navigation', { name: /Thesis contents/ })).toHaveCount(1);
	await expect(page.locator('nav[aria-label^="Thesis contents"]')).toHaveCount(1);
	// On a wide screen it is the sidebar: shown, with neither the menu's toggle nor its close button.
	await expect(page.getByRole('navigation', { name: 'Thesis contents' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Contents' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Close' })).toBeHidden();
});
