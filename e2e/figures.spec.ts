import { expect, test, type Page } from '@playwright/test';
import { allPagePaths } from './support/site';

const figurePages = [
	{ path: '/dynamics/', label: 'Fig. 1', caption: 'Technical drives and social drives of “Internet +” development' },
	{ path: '/dynamics/new-information-infrastructure/', label: 'Fig. 2', caption: 'Model of new information infrastructure' },
	{ path: '/dynamics/big-data-integration/', label: 'Fig. 3', caption: 'Integrating and applying system of Big Data' },
];

test('with JavaScript disabled every figure is drawn, numbered and captioned', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	for (const { path, label, caption } of figurePages) {
		await page.goto(path);
		const figure = page.locator('figure.figure', { hasText: caption });
		await expect(figure.locator('figcaption')).toContainText(`${label} ${caption}`);
		const svg = figure.locator('svg[role="img"]');
		await expect(svg).toBeVisible();
		const box = await svg.boundingBox();
		expect(box!.width, `${path}: the drawing has a size`).toBeGreaterThan(150);
		expect(box!.height).toBeGreaterThan(50);
		// Nodes were laid out by Mermaid at build time.
		expect(await svg.locator('g.node').count()).toBeGreaterThan(3);
	}
	await context.close();
});

test('no Mermaid JavaScript reaches the browser', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scripts.push(request.url());
	});
	for (const { path } of figurePages) {
		await page.goto(path);
		expect(await page.content()).not.toMatch(/mermaid(\.min)?\.js|import\(["'][^"']*mermaid/);
	}
	expect(scripts).toEqual([]);
});

test('cross-references read "Fig. n" and lead to the figure', async ({ page }) => {
	await page.goto('/dynamics/new-information-infrastructure/');
	const reference = page.locator('main .prose a.figure-ref');
	await expect(reference).toHaveText('Fig. 2');
	await reference.click();
	await expect(page).toHaveURL(/#figure-infrastructure$/);
	await expect(page.locator('#figure-infrastructure')).toBeInViewport();

	await page.goto('/dynamics/');
	await expect(page.locator('main .prose a.figure-ref')).toHaveText('Fig. 1');
});

test('the list of figures links to each figure in thesis order', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('complementary').getByRole('link', { name: 'List of figures' }).click();
	await expect(page.locator('h1')).toHaveText('List of figures');
	const items = page.locator('main .figure-list li');
	await expect(items).toHaveCount(3);
	for (const [i, { label, caption }] of figurePages.entries()) {
		await expect(items.nth(i)).toContainText(`${label} ${caption}`);
	}
	await items.nth(2).getByRole('link').click();
	await expect(page).toHaveURL(/\/dynamics\/big-data-integration\/#figure-big-data-system$/);
	await expect(page.locator('#figure-big-data-system')).toBeInViewport();
});

test('Fig. 3 says it is a reconstruction', async ({ page }) => {
	await page.goto('/dynamics/big-data-integration/');
	await expect(page.locator('#figure-big-data-system figcaption')).toContainText('reconstruction');
});

test('Fig. 1 is drawn from the dynamics: every dynamic is a node', async ({ page }) => {
	await page.goto('/dynamics/');
	const labels = await page.locator('#figure-drives .diagram-labels li').allTextContents();
	const titles = await page.locator('main .entry-list .title').allTextContents();
	expect(titles).toHaveLength(7);
	for (const title of titles) expect(labels.some((label) => label.includes(title)), title).toBe(true);
	expect(labels).toContain('2.1 Technology dynamics');
	expect(labels).toContain('2.2 Social dynamics');
});

test('the challenges index shows a map of which challenges concern which dynamics', async ({ page }) => {
	await page.goto('/challenges/');
	const map = page.locator('#relations-map');
	await expect(map.locator('svg[role="img"]')).toBeVisible();
	// One line per relation declared in the content (3.1–3.4 concern 1, 2, 1 and 2 dynamics).
	await expect(map.locator('svg .edgePaths path')).toHaveCount(6);
	await expect(map.locator('.diagram-text')).toContainText('3.3 Huge amounts of data generate privacy and information security issues concerns 2.1 (2) Integration of big data.');
});

const nodeFill = (page: Page) => page.locator('#figure-infrastructure svg g.node rect').first().evaluate((rect) => getComputedStyle(rect).fill);
const labelColor = (page: Page) => page.locator('#figure-infrastructure svg .nodeLabel').first().evaluate((label) => getComputedStyle(label).color);

test('diagrams follow the site theme toggle as well as the system setting', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'light' });
	const page = await context.newPage();
	await page.goto('/dynamics/new-information-infrastructure/');
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
	await systemPage.goto('/dynamics/new-information-infrastructure/');
	expect(await nodeFill(systemPage)).toBe(dark.fill);
	await system.close();
});

test('labels are legible in both themes: text contrast of at least 4.5:1 on the node', async ({ browser }) => {
	for (const colorScheme of ['light', 'dark'] as const) {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/dynamics/new-information-infrastructure/');
		const ratio = contrast(parseRgb(await labelColor(page)), parseRgb(await nodeFill(page)));
		expect(ratio, colorScheme).toBeGreaterThanOrEqual(4.5);
		await context.close();
	}
});

test('every id on every page is unique', async ({ page }) => {
	for (const path of [...(await allPagePaths(page)), '/figures/']) {
		await page.goto(path);
		const duplicates = await page.evaluate(() => {
			const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
			return ids.filter((id, i) => ids.indexOf(id) !== i);
		});
		expect(duplicates, path).toEqual([]);
	}
});

test('a figure is one image to assistive technology, with its text one click away', async ({ page }) => {
	await page.goto('/dynamics/new-information-infrastructure/');
	const figure = page.locator('#figure-infrastructure');
	await expect(figure.getByRole('img', { name: 'The “cloud, network, terminal” model of new information infrastructure' })).toBeVisible();
	const text = figure.locator('details.diagram-text');
	await expect(text.locator('ul')).toBeHidden();
	await text.locator('summary').click();
	await expect(text.locator('ul li').first()).toBeVisible();
	expect(await text.locator('ul li').allTextContents()).toEqual(expect.arrayContaining(['Cloud', 'Network', 'Terminal', 'Internet of things', 'Sensors']));
	const describedBy = await figure.locator('svg').getAttribute('aria-describedby');
	await expect(page.locator(`#${describedBy}`)).toContainText('Cloud: cloud computing and big data infrastructure.');
});

test('on a phone a wide figure scrolls inside its frame, never the page', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto('/challenges/');
	const frame = page.locator('#relations-map .diagram-frame');
	const sizes = await frame.evaluate((element) => ({ client: element.clientWidth, scroll: element.scrollWidth }));
	expect(sizes.client).toBeLessThanOrEqual(360);
	// The drawing keeps a legible width: wider than the frame, it scrolls there.
	expect(sizes.scroll).toBeGreaterThan(sizes.client);
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	await context.close();
});

test('figures print on paper in light colours, without the text toggle', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto('/dynamics/new-information-infrastructure/');
	await page.emulateMedia({ media: 'print' });
	expect(await nodeFill(page)).toBe('rgb(230, 238, 248)');
	await expect(page.locator('#figure-infrastructure details.diagram-text')).toBeHidden();
	expect(await page.locator('#figure-infrastructure').evaluate((f) => getComputedStyle(f).breakInside)).toBe('avoid');
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
