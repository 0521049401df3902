import { expect, type Page } from '@playwright/test';

/** The search page's results, each with its rank in data-pf-result-index (a placeholder until loaded). */
const resultItems = '[data-search-page] pagefind-results li[data-pf-result-index]';

/**
 * The result links of the search page for a query, in rank order, as paths. The first
 * search opens /search/?q=…&filters; a later one on the same page with the same filters asks
 * the page's Pagefind instance for the new query instead of loading the page and Pagefind
 * again, and without the search box's wait for the reader to stop typing (a loop of queries
 * then takes a third of the time). Typing itself is tested with the search dialog.
 */
export async function searchResults(page: Page, query: string, filters = ''): Promise<string[]> {
	if (onSearchPageWith(page, filters)) await searchAgain(page, query);
	else await page.goto(`/search/?q=${encodeURIComponent(query)}${filters}`);
	// Pagefind lists a placeholder per result, then loads each as it scrolls into view, one by
	// one: a later result can be shown before the first. So: wait for the first, and read the
	// results loaded in order, up to the first placeholder.
	await page.locator(`${resultItems}[data-pf-result-index="0"] .pf-result-link`).waitFor();
	return page.locator(resultItems).evaluateAll((items) => {
		const paths: string[] = [];
		for (const item of items) {
			const link = item.querySelector<HTMLAnchorElement>('.pf-result-link');
			if (!link) break;
			paths.push(new URL(link.href).pathname);
		}
		return paths;
	});
}

/** Whether the page shows the search page with exactly these filters (`&kind=…`) in its URL. */
function onSearchPageWith(page: Page, filters: string): boolean {
	if (!page.url().startsWith('http')) return false;
	const url = new URL(page.url());
	if (!url.pathname.endsWith('/search/')) return false;
	url.searchParams.delete('q');
	return url.searchParams.toString() === new URLSearchParams(filters).toString();
}

/**
 * Runs a new query on the open search page, with its filters kept, and waits until Pagefind
 * has answered that query, not the one before: the instance's term when its results came.
 */
async function searchAgain(page: Page, query: string): Promise<void> {
	await page.evaluate((term) => {
		type Instance = {
			searchTerm: string;
			triggerSearch(term: string): void;
			on(event: 'results', callback: () => void): void;
		};
		const state = window as unknown as {
			PagefindComponents: { getInstanceManager(): { getInstance(name: string): Instance } };
			resultsFor?: string;
			listening?: boolean;
		};
		const instance = state.PagefindComponents.getInstanceManager().getInstance('default');
		state.resultsFor = undefined;
		if (!state.listening) instance.on('results', () => (state.resultsFor = instance.searchTerm));
		state.listening = true;
		const input = document.querySelector<HTMLInputElement>('[data-search-page] pagefind-input input');
		if (input) input.value = term;
		instance.triggerSearch(term);
	}, query);
	await page.waitForFunction((term) => (window as unknown as { resultsFor?: string }).resultsFor === term, query);
}

/** Opens the search dialog with "/" (as a reader would) and types a query once it has focus. */
export async function searchInDialog(page: Page, query: string): Promise<void> {
	await page.keyboard.press('/');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.type(query);
	await expect(page.locator('.search-dialog .search-result-link').first()).toBeVisible();
}
