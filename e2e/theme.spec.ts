import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';

const model = contentModel();

const background = (page: import('@playwright/test').Page) =>
	page.evaluate(() => getComputedStyle(document.body).backgroundColor);

test('the theme follows the system by default', async ({ browser }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/');
		expect(await background(page)).toBe(colorScheme === 'dark' ? 'rgb(21, 23, 26)' : 'rgb(253, 252, 249)');
		await context.close();
	}
});

test('the toggle switches the theme, and the choice persists across pages and reloads', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('/');
	const toggle = page.getByRole('button', { name: 'Dark theme' });
	await expect(toggle).toHaveAttribute('aria-pressed', 'false');
	await toggle.click();
	await expect(toggle).toHaveAttribute('aria-pressed', 'true');
	expect(await background(page)).toBe('rgb(21, 23, 26)');

	await page.goto(model.pages.at(-1)!.path);
	expect(await background(page)).toBe('rgb(21, 23, 26)');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');

	await page.reload();
	expect(await background(page)).toBe('rgb(21, 23, 26)');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	expect(await background(page)).toBe('rgb(253, 252, 249)');
	await page.reload();
	expect(await background(page)).toBe('rgb(253, 252, 249)');
	await context.close();
});

test('a stored theme applies before the first paint (no flash)', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	await context.addInitScript(() => localStorage.setItem('theme', 'dark'));
	const page = await context.newPage();
	// Record the theme attribute at the first moment the body exists: a browser paints
	// nothing before that, so the stored theme is in place for the first paint.
	await page.addInitScript(() => {
		new MutationObserver((_, observer) => {
			if (!document.body) return;
			(window as unknown as { themeAtBody?: string }).themeAtBody = document.documentElement.dataset.theme;
			observer.disconnect();
		}).observe(document, { childList: true, subtree: true });
	});
	await page.goto(model.chapters[0].path);
	expect(await page.evaluate(() => (window as unknown as { themeAtBody?: string }).themeAtBody)).toBe('dark');
	expect(await background(page)).toBe('rgb(21, 23, 26)');
	await context.close();
});

test('without JavaScript the toggle is hidden and the system theme still applies', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark', javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'Dark theme' })).toBeHidden();
	expect(await background(page)).toBe('rgb(21, 23, 26)');
	await context.close();
});
