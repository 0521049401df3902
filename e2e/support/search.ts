import type { Page } from '@playwright/test';

/** The result links of the search page for a query, in rank order, as paths. */
export async function searchResults(page: Page, query: string, filters = ''): Promise<string[]> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}${filters}`);
	const links = page.locator('[data-search-page] .pf-result-link');
	await links.first().waitFor();
	// Results arrive in one batch; wait for the list to stop changing.
	await page.waitForFunction(() => !document.querySelector('[data-search-page] pagefind-results [data-pf-loading], [data-search-page] .pf-result-skeleton'));
	return links.evaluateAll((elements) => elements.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}
