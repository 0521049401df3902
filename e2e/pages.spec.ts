import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';

// Titles, landmarks and breadcrumbs of every page are checked on the built HTML
// (e2e/built-html/pages.test.ts); these tests use pages as a reader does.
const model = contentModel();
const challenge = model.challenges.find(
	(c) => c.relatedDynamics.length > 0 || model.dynamics.some((d) => d.relatedChallenges.includes(c.id)),
);
const dynamicsChapter = model.chapters.find((c) => c.lists === 'dynamics');

test('an entry page shows its section number, summary, suggestions and related entries', async ({ page }) => {
	test.skip(!challenge, 'no challenge concerns a dynamic');
	await page.goto(challenge!.path);
	await expect(page.locator('h1')).toContainText(challenge!.section!);
	await expect(page.locator('h1')).toContainText(challenge!.title);
	await expect(page.locator('.page-header .summary')).toHaveText(challenge!.summary);
	await expect(page.getByRole('region', { name: 'Suggestions' }).getByRole('listitem')).toHaveCount(
		challenge!.suggestions.length,
	);
	const related = model.dynamics.find(
		(d) => challenge!.relatedDynamics.includes(d.id) || d.relatedChallenges.includes(challenge!.id),
	)!;
	await page.getByRole('region', { name: 'Related dynamics' }).locator(`a[href="${related.path}"]`).click();
	await expect(page).toHaveURL((url) => url.pathname === related.path);
	await expect(page.locator('h1')).toContainText(related.section!);
	// The relation shows from the other side too.
	await expect(
		page.getByRole('region', { name: 'Related challenges' }).locator(`a[href="${challenge!.path}"]`),
	).toBeVisible();
});

test('the dynamics index groups dynamics by category in thesis order', async ({ page }) => {
	test.skip(!dynamicsChapter, 'no chapter lists the dynamics');
	await page.goto(dynamicsChapter!.path);
	for (const category of model.categories) {
		const region = page.getByRole('region', { name: category.label });
		await expect(region.getByRole('listitem')).toHaveCount(category.dynamics.length);
		for (const [i, dynamic] of category.dynamics.entries())
			await expect(region.getByRole('link').nth(i)).toContainText(dynamic.label);
	}
});

test('pages with headings have an on-page table of contents that leads to them', async ({ page }) => {
	const category = model.categories.at(-1);
	test.skip(!dynamicsChapter || !category, 'no categories');
	await page.goto(dynamicsChapter!.path);
	await page.getByRole('navigation', { name: 'On this page' }).getByRole('link', { name: category!.label }).click();
	await expect(page).toHaveURL((url) => url.hash === `#${category!.id}`);
	await expect(page.locator(`#${category!.id}`)).toBeInViewport();
});

test('the home page gives the abstract and the way into the chapters that list entries', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveText(model.metadata.title);
	await expect(page.getByRole('region', { name: 'Abstract' })).toContainText(model.metadata.abstract[0]);
	const contents = page.getByRole('region', { name: 'Contents' });
	for (const chapter of model.chapters.filter((c) => c.lists)) {
		await expect(contents.getByRole('link', { name: chapter.title, exact: false }).first()).toHaveAttribute(
			'href',
			chapter.path,
		);
	}
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.locator(`main a[href="${model.chapters[0].path}"]`).first()).toBeVisible();
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto(model.chapters[0].path);
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#content$/);
	await expect(page.getByRole('main')).toBeFocused();
});
