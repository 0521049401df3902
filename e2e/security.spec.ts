import { expect, test, type Page } from '@playwright/test';
import { allPagePaths } from './support/site';
import { searchInDialog } from './support/search';

/** Collects Content-Security-Policy violations the page reports. */
async function watchViolations(page: Page): Promise<string[]> {
	const violations: string[] = [];
	await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { reportViolation: (text: string) => void }).reportViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`);
		});
	});
	return violations;
}

test('every page carries a Content-Security-Policy that forbids inline scripts but its own, hashed', async ({ page }) => {
	for (const path of [...(await allPagePaths(page)), '/concepts/', '/concepts/big-data/', '/figures/', '/search/', '/404/']) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		const scriptSrc = policy?.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc, path).not.toContain('unsafe-inline');
		expect(scriptSrc, path).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
		expect(policy, path).toContain("object-src 'none'");
		// The policy is the first thing in <head>, so it governs every script after it.
		expect(await page.evaluate(() => document.head.firstElementChild?.getAttribute('http-equiv')), path).toBe('content-security-policy');
	}
});

test('under that policy the theme script, search and its highlighter run with no violation', async ({ page }) => {
	const violations = await watchViolations(page);
	await page.goto('/dynamics/');
	await page.getByRole('button', { name: 'Dark theme' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
	await searchInDialog(page, 'Zhejiang');
	await page.goto('/dynamics/national-and-enterprise-strategy/?highlight=Zhejiang');
	await expect(page.locator('article mark.search-highlight').first()).toBeVisible();
	await page.goto('/search/?q=crowdsourcing');
	await expect(page.locator('[data-search-page] .pf-result-link').first()).toBeVisible();
	expect(violations).toEqual([]);
});

test('the policy allows exactly the inline scripts the page itself runs, and no other', async ({ page }) => {
	for (const path of ['/', '/full-text/', '/dynamics/new-information-infrastructure/', '/search/']) {
		await page.goto(path);
		const { allowed, onPage } = await page.evaluate(async () => {
			const digest = async (text: string) => btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)))));
			const policy = document.querySelector('meta[http-equiv="content-security-policy"]')?.getAttribute('content') ?? '';
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
	await page.goto('/summary/');
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
	await page.goto('/challenges/');
	await searchInDialog(page, 'big data');
	await page.goto('/concepts/');
	await page.goto('/dynamics/big-data-integration/');
	expect(foreign).toEqual([]);
});
