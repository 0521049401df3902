import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { wcag22aa } from '../src/browser/wcag';
import { searchInDialog, searchResults } from './support/search';

/** Queries drawn from the thesis, each owned by one section: that page must come first. */
const owners: [query: string, firstPath: string][] = [
	['Edward Yu', '/introduction/'],
	['chemical formula', '/introduction/'],
	['literature consulting', '/'],
	['inexhaustible power', '/dynamics/'],
	['Big Data Era', '/dynamics/big-data-integration/'],
	['fragmented time', '/dynamics/big-data-integration/'],
	['PC user in direct contact', '/dynamics/new-information-infrastructure/'],
	['hotspots', '/dynamics/technological-innovation/'],
	['monopolized', '/dynamics/traditional-industries-upgrade/'],
	['external staff', '/dynamics/organizational-and-marketing-system/'],
	['production factors', '/dynamics/economic-development/'],
	['Zhejiang Provincial Government', '/dynamics/national-and-enterprise-strategy/'],
	['rookie logistics', '/dynamics/national-and-enterprise-strategy/'],
	['EPC network terminal', '/challenges/cloud-network-terminal-infrastructure/'],
	['centralized control', '/challenges/cloud-network-terminal-infrastructure/'],
	['Boardcom', '/challenges/core-technology-rnd/'],
	['CNC machine tools', '/challenges/core-technology-rnd/'],
	['professional ethics', '/challenges/data-privacy-and-security/'],
	['no barriers of market entry', '/challenges/industrial-standards/'],
	['imperceptibly penetrating', '/summary/'],
];

for (const [query, firstPath] of owners) {
	test(`“${query}” finds ${firstPath} first`, async ({ page }) => {
		const results = await searchResults(page, query);
		expect(results[0]).toBe(firstPath);
	});
}

test('a page whose title or summary matches outranks one that mentions the term in passing', async ({ page }) => {
	// “big data” runs through many pages; the page about it comes first.
	expect((await searchResults(page, 'integration of big data'))[0]).toBe('/dynamics/big-data-integration/');
	expect((await searchResults(page, 'Huge amounts of data'))[0]).toBe('/challenges/data-privacy-and-security/');
});

test('a concept’s term or alias finds the concept first, and the section that owns it next', async ({ page }) => {
	expect((await searchResults(page, 'industrial standards')).slice(0, 2)).toEqual(['/concepts/industrial-standards/', '/challenges/industrial-standards/']);
	expect((await searchResults(page, 'SDN'))[0]).toBe('/concepts/software-defined-network/');
	expect((await searchResults(page, 'car networking'))[0]).toBe('/concepts/vehicle-networking/');
	expect((await searchResults(page, 'IoT'))[0]).toBe('/concepts/internet-of-things/');
	const concepts = await searchResults(page, 'data', '&kind=concept');
	for (const path of concepts) expect(path).toMatch(/^\/concepts\/.+/);
});

test('figure text is findable: labels and descriptions of the drawings', async ({ page }) => {
	// “Years of accumulation” labels an edge of Fig. 3; the text alternative carries it.
	const results = await searchResults(page, 'Holders of huge amounts of data resources');
	expect(results[0]).toBe('/dynamics/big-data-integration/');
});

test('filters narrow results by kind and category, read from the URL', async ({ page }) => {
	const challenges = await searchResults(page, 'big data', '&kind=challenge');
	expect(challenges.length).toBeGreaterThan(0);
	for (const path of challenges) expect(path).toMatch(/^\/challenges\/.+/);

	const social = await searchResults(page, 'Internet', '&category=social');
	expect(social.length).toBeGreaterThan(1);
	for (const path of social) {
		expect(['/dynamics/traditional-industries-upgrade/', '/dynamics/organizational-and-marketing-system/', '/dynamics/economic-development/', '/dynamics/national-and-enterprise-strategy/']).toContain(path);
	}
});

test('results show the section number, the kind, an excerpt with the terms marked, and heading links', async ({ page }) => {
	await searchResults(page, 'government suggestions');
	const first = page.locator('[data-search-page] .search-result').first();
	await expect(first.locator('.search-section')).toHaveText(/^\d(\.\d)?( \(\d\))?$/);
	await expect(first.locator('.search-kind')).toHaveText(/^(chapter|dynamic|challenge|concept)$/);
	await expect(first.locator('.pf-result-excerpt mark').first()).toBeVisible();
	const headingLink = page.locator('[data-search-page] .pf-heading-link', { hasText: 'Suggestions' }).first();
	await expect(headingLink).toHaveAttribute('href', /\/challenges\/.+#suggestions$/);
});

test('the search page keeps the query and filters in the URL, so a search can be shared', async ({ page }) => {
	await page.goto('/search/');
	const input = page.locator('[data-search-page] pagefind-input input');
	await input.fill('crowdsourcing');
	await expect(page).toHaveURL(/\/search\/\?q=crowdsourcing$/);
	await expect(page.locator('[data-search-page] .pf-result-link').first()).toBeVisible();
});

test('without JavaScript the search page lists every concept and every page instead of an empty box', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto('/search/?q=crowdsourcing');
	await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
	await expect(page.locator('[data-search-fallback] .entry-list li')).toHaveCount(16);
	expect(await page.locator('[data-search-fallback] .concepts li').count()).toBeGreaterThanOrEqual(25);
	await expect(page.locator('[data-search-fallback] .concepts').getByRole('link', { name: 'crowdsourcing' })).toHaveAttribute('href', '/concepts/crowdsourcing/');
	await context.close();
});

test('nothing of search loads before the reader opens it; “/” then opens it and a query costs bytes we report', async ({ page }, testInfo) => {
	const loaded: { url: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		loaded.push({ url: request.url(), bytes: sizes.responseBodySize });
	});
	await page.goto('/dynamics/big-data-integration/');
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((r) => /\/pagefind\/|search-dialog\.js|search-terms\.json/.test(r.url))).toEqual([]);

	await page.keyboard.press('/');
	const input = page.locator('.search-dialog input[type="search"]');
	await expect(input).toBeFocused();
	await page.keyboard.type('crowdsourcing');
	await expect(page.locator('.search-dialog .search-result-link').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const search = loaded.filter((r) => r.url.includes('/pagefind/'));
	const total = search.reduce((sum, r) => sum + r.bytes, 0);
	testInfo.annotations.push({ type: 'first query bytes (transferred)', description: `${total} bytes in ${search.length} requests` });
	console.log(`search: the first query transferred ${total} bytes in ${search.length} requests`);
	expect(total).toBeGreaterThan(0);
});

test('the pointer over the search button loads search before the click', async ({ page }) => {
	await page.goto('/summary/');
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.getByRole('link', { name: 'Search' }).hover();
	await expect.poll(() => requested).toEqual(expect.arrayContaining(['/search-dialog.js', '/search-terms.json', '/pagefind/pagefind.js']));
	await expect(page.locator('.search-dialog')).toBeHidden();
});

test('the first keystrokes are answered from the quick index of concepts and titles, before Pagefind has loaded', async ({ page }) => {
	// Pagefind never arrives: what is shown comes from the quick index alone.
	await page.route('**/pagefind/**', () => undefined);
	await page.goto('/summary/');
	await page.keyboard.press('/');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.type('car netw');
	await expect(page.locator('[data-search-quick] .search-result-link').first()).toHaveAttribute('href', /^\/concepts\/vehicle-networking\//);
	await page.locator('.search-dialog input[type="search"]').fill('SDN');
	await expect(page.locator('[data-search-quick] .search-result-link').first()).toHaveAttribute('href', /^\/concepts\/software-defined-network\//);
	await expect(page.locator('[data-search-full] .search-result-link')).toHaveCount(0);
});

test('search opens with Ctrl+K and the header button, and is used by keyboard alone', async ({ page }) => {
	await page.goto('/summary/');
	await page.keyboard.press('Control+k');
	const modal = page.locator('.search-dialog');
	const input = modal.locator('input[type="search"]');
	await expect(input).toBeFocused();
	await page.keyboard.type('Alibaba');
	await expect(modal.locator('.search-result-link').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(modal.locator('.search-result-link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/dynamics\/national-and-enterprise-strategy\/\?highlight=alibaba/i);

	await page.keyboard.press('Control+k');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page.locator('.search-dialog')).toBeHidden();

	await page.getByRole('link', { name: 'Search' }).click();
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
});

test('landing on a result highlights the matched terms', async ({ page }) => {
	await page.goto('/dynamics/national-and-enterprise-strategy/?highlight=Alibaba');
	const marks = page.locator('article mark.search-highlight');
	await expect(marks.first()).toHaveText('Alibaba');
	// Navigation chrome is not marked.
	await expect(page.locator('header mark, nav mark')).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the open search dialog and the search page pass axe (${colorScheme})`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/');
		await searchInDialog(page, 'cloud');
		const results = await new AxeBuilder({ page }).include('.search-dialog').withTags(wcag22aa).analyze();
		expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

		await searchResults(page, 'cloud', '&kind=dynamic');
		const pageResults = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
		expect(pageResults.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
		await context.close();
	});
}
