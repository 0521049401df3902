import type { Page } from '@playwright/test';

/**
 * Every page of the built site, discovered as a reader would: the home page plus every
 * link of the sidebar's table of contents (so a page missing from navigation is caught).
 */
export async function allPagePaths(page: Page): Promise<string[]> {
	await page.goto('/');
	const hrefs = await page
		.getByRole('navigation', { name: 'Thesis contents', exact: true })
		.getByRole('link')
		.evaluateAll((links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
	return [...new Set(hrefs)];
}

/** Pages that every spec checks, fixed so that tests are listed (and named) before they run. */
export const samplePaths = [
	'/',
	'/introduction/',
	'/dynamics/',
	'/dynamics/big-data-integration/',
	'/challenges/',
	'/challenges/industrial-standards/',
	'/summary/',
	'/figures/',
	'/concepts/',
	'/concepts/big-data/',
	'/search/',
	'/404/',
];
