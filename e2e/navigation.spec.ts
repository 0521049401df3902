import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';

// Previous/next on every page, the order of the contents and the breadcrumbs are checked
// on the built HTML (e2e/built-html/pages.test.ts); here a reader follows them in a browser.
const model = contentModel();
const [first, second] = model.pages;
const last = model.pages.at(-1)!;
const beforeLast = model.pages.at(-2)!;
const dynamic = model.dynamics.at(-1);

test('“Next” on the home page leads into the thesis, “Previous” on its last page leads back', async ({ page }) => {
	await page.goto(first.path);
	const prevNext = page.getByRole('navigation', { name: 'Previous and next in the thesis' });
	await expect(prevNext.locator('a[rel="prev"]')).toHaveCount(0);
	await prevNext.locator('a[rel="next"]').click();
	await expect(page).toHaveURL((url) => url.pathname === second.path);

	await page.goto(last.path);
	await expect(prevNext.locator('a[rel="next"]')).toHaveCount(0);
	await prevNext.locator('a[rel="prev"]').click();
	await expect(page).toHaveURL((url) => url.pathname === beforeLast.path);
});

test('the navigation marks the current page and breadcrumbs lead up the hierarchy', async ({ page }) => {
	test.skip(!dynamic, 'the thesis has no dynamics');
	const category = model.categories.find((c) => c.id === dynamic!.category)!;
	await page.goto(dynamic!.path);
	const nav = page.getByRole('navigation', { name: 'Thesis contents', exact: true });
	await expect(nav.locator('[aria-current="page"]')).toContainText(dynamic!.section!);
	const crumbs = page.getByRole('navigation', { name: 'Breadcrumb' });
	await crumbs.getByRole('link', { name: category.label }).click();
	await expect(page).toHaveURL((url) => url.hash === `#${category.id}`);
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
	await nav.locator(`a[href="${last.path}"]`).click();
	await expect(page).toHaveURL((url) => url.pathname === last.path);
	await context.close();
});

test('each page carries the contents once: the sidebar is the phone menu too', async ({ page }) => {
	await page.goto(second.path);
	await expect(page.getByRole('navigation', { name: /Thesis contents/ })).toHaveCount(1);
	await expect(page.locator('nav[aria-label^="Thesis contents"]')).toHaveCount(1);
	// On a wide screen it is the sidebar: shown, with neither the menu's toggle nor its close button.
	await expect(page.getByRole('navigation', { name: 'Thesis contents' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Contents' })).toBeHidden();
	await expect(page.getByRole('button', { name: 'Close' })).toBeHidden();
});
