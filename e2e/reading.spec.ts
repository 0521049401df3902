import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allPagePaths } from './support/site';
import { normalise, splitThesis } from './support/thesis-text';

test('at 360 px wide no page scrolls sideways', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	for (const path of [...(await allPagePaths(page)), '/404/']) {
		await page.goto(path);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow, `${path} overflows by ${overflow}px`).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('text lines stay within a comfortable reading measure', async ({ page }) => {
	await page.setViewportSize({ width: 1600, height: 900 });
	await page.goto('/introduction/');
	const { width, fontSize } = await page.locator('main .prose p').first().evaluate((p) => ({
		width: p.getBoundingClientRect().width,
		fontSize: parseFloat(getComputedStyle(p).fontSize),
	}));
	// About 65–75 characters: an average character is roughly half an em wide.
	const characters = width / (fontSize * 0.5);
	expect(characters).toBeGreaterThan(60);
	expect(characters).toBeLessThan(80);
});

test('reading pages load no script file: only small inline scripts (theme, search opener, the copy buttons of “Cite this” and the passage permalinks)', async ({ page }) => {
	const scriptRequests: string[] = [];
	page.on('request', (request) => {
		if (request.resourceType() === 'script') scriptRequests.push(request.url());
	});
	for (const path of await allPagePaths(page)) {
		await page.goto(path);
		// Data blocks (Pagefind templates, JSON-LD) are not scripts that run.
		const scripts = await page.locator('script:not([type="text/pagefind-template"], [type="application/ld+json"])').evaluateAll((elements) =>
			elements.map((s) => ({ src: (s as HTMLScriptElement).src, inline: (s.textContent ?? '').length })),
		);
		expect(scripts.length, path).toBeGreaterThanOrEqual(2);
		expect(scripts.length, path).toBeLessThanOrEqual(3);
		for (const script of scripts) expect(script.src, path).toBe('');
		const inlineBytes = scripts.reduce((sum, s) => sum + s.inline, 0);
		expect(inlineBytes, `${path}: inline scripts should stay small`).toBeLessThan(5000);
	}
	expect(scriptRequests).toEqual([]);
});

test('every page is fully readable with JavaScript disabled', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/dynamics/new-information-infrastructure/');
	await expect(page.locator('h1')).toContainText('Construction of new information infrastructure');
	// innerText: what is rendered (concept previews stay hidden until hover or focus).
	expect(await page.getByRole('main').innerText()).toContain('Cloud refers to cloud computing and big data infrastructure.');
	await expect(page.locator('a[rel="next"]')).toBeVisible();
	await context.close();
});

test('no request leaves the site', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		if (!request.url().startsWith(baseURL!) && !request.url().startsWith('data:')) foreign.push(request.url());
	});
	for (const path of await allPagePaths(page)) await page.goto(path);
	expect(foreign).toEqual([]);
});

test('every heading and sentence of the thesis appears on the site', async ({ page }) => {
	const onSite: string[] = [];
	for (const path of await allPagePaths(page)) {
		await page.goto(path);
		onSite.push(await page.getByRole('main').innerText());
	}
	const site = normalise(onSite.join(' '));
	const { headings, sentences } = splitThesis(readFileSync('content/source.txt', 'utf8'));
	// 1, 2, 2.1, its (1)–(3), 2.2, its (1)–(4), 3, 3.1–3.4, 4.
	expect(headings.length).toBe(17);
	expect(sentences.length).toBeGreaterThan(80);
	expect(headings.filter((heading) => !site.includes(heading))).toEqual([]);
	expect(sentences.filter((sentence) => !site.includes(sentence))).toEqual([]);
});
