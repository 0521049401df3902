import { expect, test, type Page } from '@playwright/test';

import { contentModel } from './support/content-model.ts';

// Figures as the thesis places them (content/), numbered in reading order.
const model = contentModel();
const drawn = model.figures.find((f) => !f.generatedFrom);
const generated = model.figures.find((f) => f.generatedFrom === 'dynamics-tree');
const referring = model.pages.flatMap((page) =>
	[...page.body.matchAll(/<FigureRef\s+id=["']([^"']+)["']/g)].map((m) => ({
		page,
		figure: model.figures.find((f) => f.id === m[1])!,
	})),
)[0];
const challengesChapter = model.chapters.find((c) => c.lists === 'challenges');
/** Why the checks of a drawn figure's look do not apply to a thesis. */
const noDrawnFigure = 'the thesis places no figure drawn from a Mermaid source';

for (const figure of model.figures) {
	test(`with JavaScript disabled ${figure.label} is drawn, numbered and captioned, with no script`, async ({
		browser,
	}) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		const scripts: string[] = [];
		page.on('request', (request) => {
			if (request.resourceType() === 'script') scripts.push(request.url());
		});
		await page.goto(figure.page.path);
		const element = page.locator(`#${figure.anchor}`);
		await expect(element.locator('figcaption')).toContainText(`${figure.label} ${figure.caption}`);
		if (figure.source) await expect(element.locator('figcaption .figure-source')).toHaveText(figure.source);
		const svg = element.locator('svg[role="img"]');
		await expect(svg).toBeVisible();
		const box = await svg.boundingBox();
		expect(box!.width, 'the drawing has a size').toBeGreaterThan(150);
		expect(box!.height).toBeGreaterThan(50);
		// Laid out by Mermaid at build time.
		expect(await svg.locator('g.node').count()).toBeGreaterThan(1);
		expect(await page.content()).not.toMatch(/mermaid(\.min)?\.js|import\(["'][^"']*mermaid/);
		expect(scripts).toEqual([]);
		await context.close();
	});
}

test('cross-references read "Fig. n" and lead to the figure', async ({ page }) => {
	test.skip(!referring, 'no page refers to a figure');
	await page.goto(referring.page.path);
	const reference = page.locator(`main .prose a.figure-ref[href$="#${referring.figure.anchor}"]`).first();
	await expect(reference).toHaveText(referring.figure.label);
	await reference.click();
	await expect(page).toHaveURL((url) => url.hash === `#${referring.figure.anchor}`);
	await expect(page.locator(`#${referring.figure.anchor}`)).toBeInViewport();
});

test('the list of figures links to each figure in thesis order', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('complementary').getByRole('link', { name: 'List of figures' }).click();
	await expect(page.locator('h1')).toHaveText('List of figures');
	const items = page.locator('main .figure-list li');
	await expect(items).toHaveCount(model.figures.length);
	for (const [i, { label, caption }] of model.figures.entries())
		await expect(items.nth(i)).toContainText(`${label} ${caption}`);
	const last = model.figures.at(-1);
	test.skip(!last, 'no figures');
	await items.last().getByRole('link').click();
	await expect(page).toHaveURL((url) => url.pathname === last!.page.path && url.hash === `#${last!.anchor}`);
	await expect(page.locator(`#${last!.anchor}`)).toBeInViewport();
});

test('the figure drawn from the dynamics has every dynamic and category as a node', async ({ page }) => {
	test.skip(!generated, 'no figure is generated from the dynamics');
	await page.goto(generated!.page.path);
	const labels = await page.locator(`#${generated!.anchor} .diagram-labels li`).allTextContents();
	for (const dynamic of model.dynamics)
		expect(
			labels.some((label) => label.includes(dynamic.title)),
			dynamic.title,
		).toBe(true);
	for (const category of model.categories) expect(labels).toContain(category.label);
});

test('the challenges index shows a map of which challenges concern which dynamics', async ({ page }) => {
	test.skip(!challengesChapter, 'no chapter lists the challenges');
	const concerns = (challenge: (typeof model.challenges)[number]) =>
		model.dynamics.filter(
			(d) => challenge.relatedDynamics.includes(d.id) || d.relatedChallenges.includes(challenge.id),
		);
	const relations = model.challenges.reduce((sum, challenge) => sum + concerns(challenge).length, 0);
	const example = model.challenges.find((c) => concerns(c).length > 0);
	await page.goto(challengesChapter!.path);
	const map = page.locator('#relations-map');
	await expect(map.locator('svg[role="img"]')).toBeVisible();
	// One line per relation declared in the content, on either side.
	await expect(map.locator('svg .edgePaths path')).toHaveCount(relations);
	if (example)
		await expect(map.locator('.diagram-text')).toContainText(
			`${example.label} concerns ${concerns(example)
				.map((d) => d.label)
				.join('; ')}.`,
		);
});

const nodeFill = (page: Page) =>
	page
		.locator(`#${drawn!.anchor} svg g.node rect`)
		.first()
		.evaluate((rect) => getComputedStyle(rect).fill);
const labelColor = (page: Page) =>
	page
		.locator(`#${drawn!.anchor} svg .nodeLabel`)
		.first()
		.evaluate((label) => getComputedStyle(label).color);

test('diagrams follow the site theme toggle as well as the system setting', async ({ browser }) => {
	test.skip(!drawn, noDrawnFigure);
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto(drawn!.page.path);
	const light = { fill: await nodeFill(page), text: await labelColor(page) };
	await page.getByRole('button', { name: 'Dark theme' }).click();
	const dark = { fill: await nodeFill(page), text: await labelColor(page) };
	expect(dark.fill).not.toBe(light.fill);
	expect(dark.text).not.toBe(light.text);
	expect(light.fill).toBe('rgb(230, 238, 248)');
	expect(dark.fill).toBe('rgb(29, 43, 60)');
	await context.close();

	const system = await browser.newContext({ colorScheme: 'dark' });
	const systemPage = await system.newPage();
	await systemPage.goto(drawn!.page.path);
	expect(await nodeFill(systemPage)).toBe(dark.fill);
	await system.close();
});

test('labels are legible in both themes: text contrast of at least 4.5:1 on the node', async ({ browser }) => {
	test.skip(!drawn, noDrawnFigure);
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto(drawn!.page.path);
		const ratio = contrast(parseRgb(await labelColor(page)), parseRgb(await nodeFill(page)));
		expect(ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
		await context.close();
	}
});

test('a figure is one image to assistive technology, with its text one click away', async ({ page }) => {
	test.skip(!drawn, noDrawnFigure);
	await page.goto(drawn!.page.path);
	const figure = page.locator(`#${drawn!.anchor}`);
	await expect(figure.getByRole('img', { name: drawn!.title })).toBeVisible();
	const text = figure.locator('details.diagram-text');
	await expect(text.locator('ul')).toBeHidden();
	await text.locator('summary').click();
	await expect(text.locator('ul li').first()).toBeVisible();
	const describedBy = await figure.locator('svg').getAttribute('aria-describedby');
	await expect(page.locator(`#${describedBy}`)).toHaveText(drawn!.description);
});

test('on a phone a wide figure scrolls inside its frame, never the page', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(challengesChapter!.path);
	const frame = page.locator('#relations-map .diagram-frame');
	const sizes = await frame.evaluate((element) => ({ client: element.clientWidth, scroll: element.scrollWidth }));
	expect(sizes.client).toBeLessThanOrEqual(360);
	// The drawing keeps a legible width: wider than the frame, it scrolls there.
	expect(sizes.scroll).toBeGreaterThan(sizes.client);
	expect(
		await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
	).toBeLessThanOrEqual(0);
	await context.close();
});

test('figures print on paper in light colours, without the text toggle', async ({ browser }) => {
	test.skip(!drawn, noDrawnFigure);
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(drawn!.page.path);
	await page.emulateMedia({ media: 'print' });
	expect(await nodeFill(page)).toBe('rgb(230, 238, 248)');
	await expect(page.locator(`#${drawn!.anchor} details.diagram-text`)).toBeHidden();
	expect(await page.locator(`#${drawn!.anchor}`).evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
	await context.close();
});

function parseRgb(color: string): number[] {
	return (color.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
}

function contrast(a: number[], b: number[]): number {
	const luminance = (rgb: number[]) => {
		const [r, g, bl] = rgb.map((v) => {
			const c = v / 255;
			return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
		});
		return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
	};
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
	return (hi + 0.05) / (lo + 0.05);
}
