import { expect, test } from '@playwright/test';

test('the concepts index lists at least 25 concepts A–Z, each with a definition, linked from the header', async ({ page }) => {
	await page.goto('/summary/');
	await page.getByRole('banner').getByRole('link', { name: 'Concepts' }).click();
	await expect(page).toHaveURL(/\/concepts\/$/);
	const terms = await page.locator('main dl dt > a').allTextContents();
	expect(terms.length).toBeGreaterThanOrEqual(25);
	const keys = terms.map((t) => t.replace(/^[^\p{L}\p{N}]+/u, '').toLowerCase());
	expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
	await expect(page.locator('main dl dd').first()).not.toBeEmpty();
	await page.getByRole('navigation', { name: 'Concepts by letter' }).getByRole('link', { name: 'S', exact: true }).click();
	await expect(page.locator('#letter-S')).toBeInViewport();
});

test('every concept is reachable from the index, is discussed somewhere, and its pages link back', async ({ page }) => {
	await page.goto('/concepts/');
	const hrefs = await page.locator('main dl dt > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
	for (const href of hrefs) {
		await page.goto(href);
		await expect(page.locator('h1')).not.toBeEmpty();
		await expect(page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Concepts' })).toHaveAttribute('href', '/concepts/');
		const discussed = page.locator('.discussions > li > a');
		expect(await discussed.count(), `${href} is discussed nowhere`).toBeGreaterThan(0);
		// The first page that discusses it links back: as a tag or a linked mention.
		const target = await discussed.first().getAttribute('href');
		await page.goto(target!);
		const backLinks = page.locator(`main a[href="${href}"]`);
		expect(await backLinks.count(), `${target} does not link back to ${href}`).toBeGreaterThan(0);
	}
});

test('a concept page shows its definition, where it is discussed with the sentence in context, and related concepts', async ({ page }) => {
	await page.goto('/concepts/crowdsourcing/');
	await expect(page.locator('h1')).toHaveText('crowdsourcing');
	const discussion = page.locator('.discussions > li', { has: page.getByRole('link', { name: /2\.2 \(2\)/ }) });
	await expect(discussion.locator('blockquote').first()).toContainText('crowdsourcing');
	await expect(page.getByRole('region', { name: 'Related concepts' }).getByRole('link').first()).toBeVisible();
});

test('dynamics and challenges show their concepts as tags', async ({ page }) => {
	await page.goto('/challenges/core-technology-rnd/');
	const tags = page.getByRole('navigation', { name: 'Concepts on this page' });
	await expect(tags.getByRole('link', { name: 'Industry 4.0' })).toHaveAttribute('href', '/concepts/industry-4-0/');
	await expect(tags.getByRole('link', { name: 'vehicle networking' })).toBeVisible();
});

test('the first mention of a concept in each section links to it, and only the first', async ({ page }) => {
	await page.goto('/dynamics/traditional-industries-upgrade/');
	const links = page.locator('article .prose a.concept-link');
	const targets = await links.evaluateAll((elements) => elements.map((a) => a.getAttribute('href')));
	expect(targets.length).toBeGreaterThan(2);
	expect(new Set(targets).size).toBe(targets.length);
	// Headings, figure captions and links are never turned into concept links.
	await expect(page.locator('h1 a.concept-link, h2 a.concept-link, figure a.concept-link, nav a.concept-link')).toHaveCount(0);
});

test('the definition preview shows on keyboard focus, is announced as a description, and hides again', async ({ page }) => {
	await page.goto('/dynamics/organizational-and-marketing-system/');
	const link = page.locator('article a.concept-link', { hasText: 'crowdsourcing' }).first();
	const tipId = await link.getAttribute('aria-describedby');
	const tip = page.locator(`#${tipId}`);
	await expect(tip).toBeHidden();
	await link.focus();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveAttribute('role', 'tooltip');
	await expect(tip).toContainText('crowdsourcing');
	await expect(link).toHaveAccessibleDescription(/crowdsourcing/);
	await page.keyboard.press('Tab');
	await expect(tip).toBeHidden();
});

test('the preview works on hover with JavaScript disabled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/challenges/core-technology-rnd/');
	const mention = page.locator('article .concept-mention', { hasText: 'Industry 4.0' }).first();
	await expect(mention.locator('.concept-tip')).toBeHidden();
	await mention.locator('a').hover();
	await expect(mention.locator('.concept-tip')).toBeVisible();
	await context.close();
});

test('previews are not indexed as page text by search', async ({ page }) => {
	await page.goto('/dynamics/organizational-and-marketing-system/');
	await expect(page.locator('.concept-tip').first()).toHaveAttribute('data-pagefind-ignore', '');
});
