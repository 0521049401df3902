import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';
import { startNginx } from './support/nginx.ts';
import { searchInDialog } from './support/search.ts';

const model = contentModel();
const figure = model.figures[0];

// The production build served by Debian's nginx with the sample configuration.
test.describe('served by nginx with src/deploy/nginx.conf', () => {
	test.describe.configure({ mode: 'serial' });
	let server: Awaited<ReturnType<typeof startNginx>>;
	test.beforeAll(async () => {
		server = await startNginx('dist');
	});
	test.afterAll(async () => server?.stop());

	test('pages carry the security headers and are revalidated', async ({ request }) => {
		const response = await request.get(`${server.url}${model.pages[1].path}`);
		expect(response.status()).toBe(200);
		const headers = response.headers();
		expect(headers['content-type']).toBe('text/html; charset=utf-8');
		expect(headers['x-content-type-options']).toBe('nosniff');
		expect(headers['x-frame-options']).toBe('DENY');
		expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
		expect(headers['content-security-policy']).toBe("frame-ancestors 'none'");
		expect(headers['cache-control']).toBe('no-cache');
	});

	test('hashed assets are cached for a year and compressed', async ({ request }) => {
		const css = readdirSync('dist/_astro').find((name) => name.endsWith('.css'));
		const response = await request.get(`${server.url}/_astro/${css}`, { headers: { 'accept-encoding': 'gzip' } });
		expect(response.status()).toBe(200);
		expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
		expect(response.headers()['content-encoding']).toBe('gzip');
		expect(response.headers()['x-content-type-options']).toBe('nosniff');
	});

	test('the citation files are served with their media types, and the security headers', async ({ request }) => {
		for (const [path, type] of [
			['/citation.bib', 'application/x-bibtex; charset=utf-8'],
			['/citation.ris', 'application/x-research-info-systems; charset=utf-8'],
			['/citation.json', 'application/json'],
		]) {
			const response = await request.get(`${server.url}${path}`);
			expect(response.status(), path).toBe(200);
			expect(response.headers()['content-type'], path).toBe(type);
			expect(response.headers()['x-content-type-options'], path).toBe('nosniff');
		}
	});

	test('an unknown address gets the site’s 404 page with status 404', async ({ page }) => {
		const response = await page.goto(`${server.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		await expect(page.locator('h1')).toHaveText('Page not found');
	});

	test('smoke: read, follow the thesis, see a figure, search, switch theme', async ({ page }) => {
		const failures: string[] = [];
		page.on('response', (response) => {
			if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
		});
		page.on('pageerror', (error) => failures.push(error.message));
		await page.goto(`${server.url}/`);
		await expect(page.locator('h1')).toHaveText(model.metadata.title);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL((url) => url.pathname === model.pages[1].path);
		if (figure) {
			await page.goto(`${server.url}${figure.page.path}`);
			await expect(page.locator(`#${figure.anchor} svg`)).toBeVisible();
		}
		await page.getByRole('button', { name: 'Dark theme' }).click();
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
		await searchInDialog(page, model.pages[1].title.split(' ')[0]);
		expect(failures).toEqual([]);
	});
});
