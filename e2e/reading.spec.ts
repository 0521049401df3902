import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';
import { everyPath } from './support/site.ts';
import { normalise, splitThesis } from './support/source-text.ts';

// No script file, no foreign request and the text of each reading page are checked on the
// built HTML (e2e/built-html/); layout needs a browser. One page visits every path (a
// fresh page per path cost a browser process each); each path is a step of its own, and an
// overflow fails it without stopping the others.
const model = contentModel();

test('at 360 px wide no page scrolls sideways', async ({ page }) => {
	test.setTimeout(30_000 + everyPath.length * 5_000);
	await page.setViewportSize({ width: 360, height: 740 });
	for (const path of everyPath) {
		await test.step(`${path} does not scroll sideways`, async () => {
			await page.goto(path);
			const overflow = await page.evaluate(
				() => document.documentElement.scrollWidth - document.documentElement.clientWidth,
			);
			expect.soft(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
		});
	}
});

test('text lines stay within a comfortable reading measure', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto(model.chapters[0].path);
	const { width, fontSize } = await page
		.locator('main .prose p')
		.first()
		.evaluate((p) => ({
			width: p.getBoundingClientRect().width,
			fontSize: parseFloat(getComputedStyle(p).fontSize),
		}));
	// About 65–75 characters: an average character is roughly half an em wide.
	const characters = width / (fontSize * 0.5);
	expect(characters).toBeGreaterThan(60);
	expect(characters).toBeLessThan(80);
});

test('a page is fully readable with JavaScript disabled', async ({ browser }) => {
	const entry = model.dynamics[0] ?? model.chapters[0];
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(entry.path);
	await expect(page.locator('h1')).toContainText(entry.title);
	await expect(page.locator('main .prose p').first()).toBeVisible();
	await expect(page.locator('a[rel="next"]')).toBeVisible();
	await context.close();
});

test('the full text, as a browser renders it, holds every heading and sentence of the thesis', async ({ page }) => {
	await page.goto('/full-text/');
	// innerText: what is rendered (concept previews stay hidden until hover or focus).
	const site = normalise(await page.getByRole('main').innerText());
	const { headings, sentences } = splitThesis(readFileSync(join(model.dir, 'source.txt'), 'utf8'));
	expect(headings.length).toBeGreaterThan(0);
	expect(headings.filter((heading) => !site.includes(heading))).toEqual([]);
	expect(sentences.filter((sentence) => !site.includes(sentence))).toEqual([]);
});
