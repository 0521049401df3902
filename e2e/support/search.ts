import { expect, type Page } from '@playwright/test';

/** The result links of the search page for a query, in rank order, as paths. */
export async function searchResults(page: Page, query: string, filters = ''): Promise<string[]> {
	await page.goto(`/search/?q=${encodeURIComponent(query)}${filters}`);
	const links = page.locator('[data-search-page] .pf-result-link');
	await links.first().waitFor();
	// Results arrive in one batch; wait for the list to stop changing.
	await page.waitForFunction(
		() =>
			!document.querySelector(
				'[data-search-page] pagefind-results [data-pf-loading], [data-search-page] .pf-result-skeleton',
			),
	);
	return links.evaluateAll((elements) => elements.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/** Opens the search dialog with "/" (as a reader would) and types a query once it has focus. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.type(query);
	await expect(page.locator('.search-dialog .search-result-link').first()).toBeVisible();
}
