import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';

// Every concept's page, its discussions and the links back are checked on the built HTML
// (e2e/built-html/concepts.test.ts); here a reader uses them.
const model = contentModel();
const mentions = (page: (typeof model.pages)[number]) =>
	model.concepts.filter(
		(c) =>
			(page.data.concepts as string[] | undefined)?.includes(c.id) &&
			[c.term, ...c.aliases].some((name) => page.body.toLowerCase().includes(name.toLowerCase())),
	);
/** The entry page that mentions most of its concepts in its text. */
const linked = [...model.dynamics, ...model.challenges].sort((a, b) => mentions(b).length - mentions(a).length)[0];
const tagged = [...model.dynamics, ...model.challenges].find(
	(p) => ((p.data.concepts as string[] | undefined) ?? []).length > 0,
);
const discussed = linked && mentions(linked)[0];
const letter = model.concepts
	.at(-1)
	?.term.replace(/^[^\p{L}\p{N}]+/u, '')[0]
	.toUpperCase();

test('the concepts index lists the concepts A–Z with definitions, linked from the header, by letter', async ({
	page,
}) => {
	await page.goto(model.chapters[0].path);
	await page.getByRole('banner').getByRole('link', { name: 'Concepts' }).click();
	await expect(page).toHaveURL(/\/concepts\/$/);
	await expect(page.locator('main dl dt > a')).toHaveText(model.concepts.map((c) => c.term));
	await expect(page.locator('main dl dd').first()).not.toBeEmpty();
	test.skip(!letter, 'no concepts');
	await page
		.getByRole('navigation', { name: 'Concepts by letter' })
		.getByRole('link', { name: letter, exact: true })
		.click();
	await expect(page.locator(`#letter-${letter}`)).toBeInViewport();
});

test('a concept page shows its definition, where it is discussed with the sentence in context, and related concepts', async ({
	page,
}) => {
	test.skip(!discussed, 'no page mentions one of its concepts');
	await page.goto(discussed!.path);
	await expect(page.locator('h1')).toHaveText(discussed!.term);
	const discussion = page.locator('.discussions > li', { has: page.locator(`a[href="${linked.path}"]`) });
	await expect(discussion.locator('blockquote').first()).toBeVisible();
	const related = model.concepts.some((c) => c.related.includes(discussed!.id)) || discussed!.related.length > 0;
	if (related)
		await expect(page.getByRole('region', { name: 'Related concepts' }).getByRole('link').first()).toBeVisible();
});

test('dynamics and challenges show their concepts as tags', async ({ page }) => {
	test.skip(!tagged, 'no entry declares concepts');
	await page.goto(tagged!.path);
	const tags = page.getByRole('navigation', { name: 'Concepts on this page' });
	const ids = tagged!.data.concepts as string[];
	await expect(tags.getByRole('link')).toHaveCount(ids.length);
	for (const id of ids) await expect(tags.locator(`a[href="/concepts/${id}/"]`)).toBeVisible();
});

test('the first mention of a concept in each section links to it, and only the first', async ({ page }) => {
	test.skip(!discussed, 'no page mentions one of its concepts');
	await page.goto(linked.path);
	const targets = await page
		.locator('article .prose a.concept-link')
		.evaluateAll((elements) => elements.map((a) => a.getAttribute('href')));
	expect(targets.length).toBeGreaterThan(0);
	expect(new Set(targets).size).toBe(targets.length);
	// Headings, figure captions and links are never turned into concept links.
	await expect(
		page.locator('h1 a.concept-link, h2 a.concept-link, figure a.concept-link, nav a.concept-link'),
	).toHaveCount(0);
});

test('the definition preview shows on keyboard focus, is announced as a description, and hides again', async ({
	page,
}) => {
	test.skip(!discussed, 'no page mentions one of its concepts');
	await page.goto(linked.path);
	const link = page.locator('article a.concept-link').first();
	const tip = page.locator(`#${await link.getAttribute('aria-describedby')}`);
	await expect(tip).toBeHidden();
	await link.focus();
	await expect(tip).toBeVisible();
	await expect(tip).toHaveAttribute('role', 'tooltip');
	await expect(link).toHaveAccessibleDescription((await tip.textContent())!.trim());
	await page.keyboard.press('Tab');
	await expect(tip).toBeHidden();
	// Previews are not indexed as page text by search.
	await expect(tip).toHaveAttribute('data-pagefind-ignore', '');
});

test('the preview works on hover with JavaScript disabled', async ({ browser }) => {
	test.skip(!discussed, 'no page mentions one of its concepts');
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(linked.path);
	const mention = page.locator('article .concept-mention').first();
	await expect(mention.locator('.concept-tip')).toBeHidden();
	await mention.locator('a').hover();
	await expect(mention.locator('.concept-tip')).toBeVisible();
	await context.close();
});
