import { expect, test } from '@playwright/test';
import { allPagePaths } from './support/site';

test('every page in the navigation renders its title, landmarks and breadcrumbs', async ({ page }) => {
	const paths = await allPagePaths(page);
	// Home, 4 chapters, 7 dynamics, 4 challenges.
	expect(paths).toHaveLength(16);
	for (const path of paths) {
		const response = await page.goto(path);
		expect(response?.status(), path).toBe(200);
		const h1 = page.locator('h1');
		await expect(h1, path).toHaveCount(1);
		await expect(h1, path).not.toBeEmpty();
		await expect(page, path).toHaveTitle(/“Internet \+”/);
		await expect(page.getByRole('main'), path).toBeVisible();
		await expect(page.getByRole('banner'), path).toBeVisible();
		await expect(page.getByRole('contentinfo'), path).toBeVisible();
		if (path !== '/') await expect(page.getByRole('navigation', { name: 'Breadcrumb' }), path).toBeVisible();
	}
});

test('an entry page shows its section number, summary, body and related entries', async ({ page }) => {
	await page.goto('/challenges/data-privacy-and-security/');
	await expect(page.locator('h1')).toContainText('3.3');
	await expect(page.locator('h1')).toContainText('Huge amounts of data generate privacy and information security issues');
	await expect(page.locator('.page-header .summary')).toContainText('big data');
	await expect(page.getByRole('main')).toContainText('The core value of big data is to analyze professionally');
	const suggestions = page.getByRole('region', { name: 'Suggestions' });
	await expect(suggestions.getByRole('listitem')).toHaveCount(4);
	const related = page.getByRole('region', { name: 'Related dynamics' });
	await related.getByRole('link', { name: /Integration of big data/ }).click();
	await expect(page).toHaveURL(/\/dynamics\/big-data-integration\/$/);
	await expect(page.locator('h1')).toContainText('2.1 (2)');
	// The relation shows from the other side too.
	await expect(page.getByRole('region', { name: 'Related challenges' }).getByRole('link')).toHaveText(/3\.3/);
});

test('the dynamics index groups dynamics by category in thesis order', async ({ page }) => {
	await page.goto('/dynamics/');
	const technology = page.getByRole('region', { name: '2.1 Technology dynamics' });
	const social = page.getByRole('region', { name: '2.2 Social dynamics' });
	await expect(technology.getByRole('listitem')).toHaveCount(3);
	await expect(social.getByRole('listitem')).toHaveCount(4);
	await expect(technology.getByRole('link').first()).toContainText('2.1 (1)');
	await expect(social.getByRole('link').last()).toContainText('2.2 (4)');
	await expect(page.getByRole('main')).toContainText('inexhaustible power mainly comes from three aspects');
});

test('pages with headings have an on-page table of contents that leads to them', async ({ page }) => {
	await page.goto('/dynamics/');
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await toc.getByRole('link', { name: '2.2 Social dynamics' }).click();
	await expect(page).toHaveURL(/#social$/);
	await expect(page.locator('#social')).toBeInViewport();
});

test('the home page gives the abstract and the way into dynamics and challenges', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('h1')).toHaveText('Analysis on development dynamics and challenges of “Internet +”');
	await expect(page.getByRole('region', { name: 'Abstract' })).toContainText('As a new concept, “Internet +” has been widely noted and discussed.');
	const contents = page.getByRole('region', { name: 'Contents' });
	await expect(contents.getByRole('link', { name: /Development Dynamics/ })).toHaveAttribute('href', '/dynamics/');
	await expect(contents.getByRole('link', { name: /Challenges and Suggestions/ })).toHaveAttribute('href', '/challenges/');
});

test('an unknown address gets a helpful 404 page', async ({ page }) => {
	const response = await page.goto('/no-such-page/');
	expect(response?.status()).toBe(404);
	await expect(page.locator('h1')).toHaveText('Page not found');
	await expect(page.getByRole('link', { name: /Introduction/ }).first()).toBeVisible();
});

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
	await page.goto('/introduction/');
	await page.keyboard.press('Tab');
	const skip = page.getByRole('link', { name: 'Skip to content' });
	await expect(skip).toBeFocused();
	await expect(skip).toBeInViewport();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/#content$/);
	await expect(page.getByRole('main')).toBeFocused();
});
