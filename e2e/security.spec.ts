import { expect, test, type Page } from '@playwright/test';
import { contentModel } from './support/content-model.ts';
import { searchInDialog } from './support/search.ts';

// The policy on every page is checked on the built HTML (e2e/built-html/pages.test.ts); here a
// browser enforces it.
const model = contentModel();
const target = model.dynamics[0] ?? model.chapters[0];
const word = target.title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];

/** Collects Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(
				`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
			);
		});
	});
	return violations;
}

test('under that policy the theme script, search and its highlighter run with no violation', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(model.pages[1].path);
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await searchInDialog(page, word);
	await page.goto(`${target.path}?highlight=${encodeURIComponent(word)}`);
	await expect(page.locator('article mark.search-highlight').first()).toBeVisible();
	await page.goto(`/search/?q=${encodeURIComponent(word)}`);
	await expect(page.locator('[data-search-page] .pf-result-link').first()).toBeVisible();
	expect(violations).toEqual([]);
});

test('the policy allows exactly the inline scripts the page itself runs, and no other', async ({ page }) => {
	for (const path of ['/', '/full-text/', '/dynamics/new-information-infrastructure/', '/search/']) {
		await page.goto(path);
		const { allowed, onPage } = await page.evaluate(async () => {
			const digest = async (text: string) =>
				btoa(
					String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))),
				);
			const policy =
				document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
			const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
			const inline = [...document.scripts].filter((s) => !s.src && ['', 'module', 'text/javascript'].includes(s.type));
			return {
				allowed: [...scriptSrc.matchAll(/'sha256-([^']+)'/g)].map((m) => m[1]).sort(),
				onPage: [...new Set(await Promise.all(inline.map((s) => digest(s.textContent ?? ''))))].sort(),
			};
		});
		expect(onPage.length, path).toBeGreaterThan(0);
		expect(allowed, path).toEqual(onPage);
	}
});

test('an inline script the policy does not know is blocked', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto(model.pages.at(-1)!.path);
	await page.evaluate(() => {
		const script = document.createElement('script');
		script.textContent = 'window.injected = true;';
		document.body.append(script);
	});
	await expect.poll(() => violations.length).toBeGreaterThan(0);
	expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
});

test('reading, searching and following results sends no request to any other host', async ({ page, baseURL }) => {
	const foreign: string[] = [];
	page.on('request', (request) => {
		const url = request.url();
		if (!url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
	});
	await page.goto(model.pages[1].path);
	await searchInDialog(page, word);
	await page.goto('/concepts/');
	await page.goto(target.path);
	expect(foreign).toEqual([]);
});
