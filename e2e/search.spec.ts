import { expect, test } from '@playwright/test';
import { contentModel } from './support/content-model.ts';
import { searchInDialog, searchResults } from './support/search.ts';
import { wcagViolations } from '../src/browser/wcag.ts';

const model = contentModel();
const entries = [...model.dynamics, ...model.challenges];
const challenge = model.challenges[0];
const concept = model.concepts.find((c) => c.aliases.length > 0) ?? model.concepts[0];
/**
 * What to type to find a concept by one of its names (its term or an alias): the name, its
 * last two letters still to come when that leaves it long enough, provided no other
 * concept's name and no page title contains the typed text.
 */
const distinctive = (names: (c: (typeof model.concepts)[number]) => string[]) =>
	model.concepts
		.flatMap((c) =>
			names(c).flatMap((name) =>
				[name.length > 6 ? name.slice(0, -2) : name, name].map((typed) => ({ concept: c, typed })),
			),
		)
		.find(({ concept: owner, typed }) => {
			const needle = typed.toLowerCase();
			const others = [
				...model.concepts.filter((c) => c !== owner).flatMap((c) => [c.term, ...c.aliases]),
				...model.pages.map((p) => p.title),
			];
			return !others.some((other) => other.toLowerCase().includes(needle));
		});
const byAlias = distinctive((c) => c.aliases);
const byTerm = distinctive((c) => [c.term]);
/** A word of a title that is worth searching: the longest one. */
const wordOf = (title: string) => title.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0];

// Queries are read from content/: a new page is searched for like the others. One page
// runs them all (a fresh page per query would load Pagefind each time); each query is a
// step of its own, and a wrong answer fails it without stopping the others.
test('each entry’s title finds it first among the pages of its kind', async ({ page }) => {
	test.setTimeout(30_000 + entries.length * 10_000);
	for (const entry of entries) {
		// A concept named like the entry may come before it; among its own kind it comes first.
		await test.step(`“${entry.title}” finds ${entry.path} first among the ${entry.kind} pages`, async () => {
			const first = (await searchResults(page, entry.title, `&kind=${entry.kind}`))[0];
			expect.soft(first, `“${entry.title}” among the ${entry.kind} pages`).toBe(entry.path);
		});
	}
});

// An entry titled with the same words may outrank the concept; among concepts it is first.
test('each alias of a concept finds it first among concepts', async ({ page }) => {
	const aliases = model.concepts.flatMap((c) => c.aliases.map((alias) => ({ path: c.path, alias })));
	test.skip(aliases.length === 0, 'no concept has an alias');
	test.setTimeout(30_000 + aliases.length * 10_000);
	for (const { path, alias } of aliases) {
		await test.step(`the alias “${alias}” finds ${path} first among concepts`, async () => {
			const first = (await searchResults(page, alias, '&kind=concept'))[0];
			expect.soft(first, `the alias “${alias}” among concepts`).toBe(path);
		});
	}
});

test('figure text is findable: the labels and descriptions of the drawings', async ({ page }) => {
	const figure = model.figures.find((f) => f.description);
	test.skip(!figure, 'no figure has a description');
	expect(await searchResults(page, figure!.description.split(/[.;:]/)[0])).toContain(figure!.page.path);
});

test('filters narrow results by kind and category, read from the URL', async ({ page }) => {
	test.skip(!challenge, 'no challenges');
	const challenges = await searchResults(page, challenge.title, '&kind=challenge');
	expect(challenges.length).toBeGreaterThan(0);
	for (const path of challenges) expect(path).toMatch(/^\/challenges\/.+/);

	const category = model.categories.find((c) => c.dynamics.length > 0);
	test.skip(!category, 'no dynamics');
	const inCategory = await searchResults(page, category!.dynamics[0].title, `&category=${category!.id}`);
	expect(inCategory.length).toBeGreaterThan(0);
	for (const path of inCategory) expect(category!.dynamics.map((d) => d.path)).toContain(path);
});

test('results show the section number, the kind, an excerpt with the terms marked, and heading links', async ({
	page,
}) => {
	test.skip(!challenge?.suggestions.length, 'no suggestions');
	await searchResults(page, challenge.suggestions[0].split(' ').slice(0, 6).join(' '));
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
	await input.fill(wordOf(concept.term));
	await expect(page).toHaveURL((url) => url.searchParams.get('q') === wordOf(concept.term));
	await expect(page.locator('[data-search-page] .pf-result-link').first()).toBeVisible();
});

test('without JavaScript the search page lists every concept and every page instead of an empty box', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`/search/?q=${encodeURIComponent(concept.term)}`);
	await expect(page.getByText('Search runs in your browser and needs JavaScript.')).toBeVisible();
	await expect(page.locator('[data-search-fallback] .entry-list li')).toHaveCount(model.pages.length);
	await expect(page.locator('[data-search-fallback] .concepts li')).toHaveCount(model.concepts.length);
	await expect(
		page.locator('[data-search-fallback] .concepts').getByRole('link', { name: concept.term, exact: true }),
	).toHaveAttribute('href', concept.path);
	await context.close();
});

test('nothing of search loads before the reader opens it; “/” then opens it and a query costs bytes we report', async ({
	page,
}, testInfo) => {
	const loaded: { url: string; bytes: number }[] = [];
	page.on('requestfinished', async (request) => {
		const sizes = await request.sizes();
		loaded.push({ url: request.url(), bytes: sizes.responseBodySize });
	});
	await page.goto(model.pages[1].path);
	await page.waitForLoadState('networkidle');
	expect(loaded.filter((r) => /\/pagefind\/|search-dialog\.js|search-terms\.json/.test(r.url))).toEqual([]);

	await page.keyboard.press('/');
	const input = page.locator('.search-dialog input[type="search"]');
	await expect(input).toBeFocused();
	await page.keyboard.type(wordOf(concept.term));
	await expect(page.locator('.search-dialog .search-result-link').first()).toBeVisible();
	await page.waitForLoadState('networkidle');
	const search = loaded.filter((r) => r.url.includes('/pagefind/'));
	const total = search.reduce((sum, r) => sum + r.bytes, 0);
	testInfo.annotations.push({
		type: 'first query bytes (transferred)',
		description: `${total} bytes in ${search.length} requests`,
	});
	console.log(`search: the first query transferred ${total} bytes in ${search.length} requests`);
	// The index, its first fragment and the component: at least that many requests.
	expect(search.length).toBeGreaterThanOrEqual(3);
	expect(total).toBeGreaterThan(1000);
});

test('the pointer over the search button loads search before the click', async ({ page }) => {
	await page.goto('/summary/');
	const requested: string[] = [];
	page.on('request', (request) => requested.push(new URL(request.url()).pathname));
	await page.getByRole('link', { name: 'Search' }).hover();
	await expect
		.poll(() => requested)
		.toEqual(expect.arrayContaining(['/search-dialog.js', '/search-terms.json', '/pagefind/pagefind.js']));
	await expect(page.locator('.search-dialog')).toBeHidden();
});

test('the first keystrokes are answered from the quick index of concepts and titles, before Pagefind has loaded', async ({
	page,
}) => {
	// Pagefind never arrives: what is shown comes from the quick index alone.
	await page.route('**/pagefind/**', () => undefined);
	test.skip(!byTerm, 'every concept name of the thesis is part of another name');
	await page.goto(model.pages.at(-1)!.path);
	await page.keyboard.press('/');
	const input = page.locator('.search-dialog input[type="search"]');
	await expect(input).toBeFocused();
	const firstQuick = page.locator('[data-search-quick] .search-result-link').first();
	await page.keyboard.type(byTerm!.typed);
	await expect(firstQuick).toHaveAttribute('href', new RegExp(`^${byTerm!.concept.path}`));
	if (byAlias) {
		await input.fill(byAlias.typed);
		await expect(firstQuick).toHaveAttribute('href', new RegExp(`^${byAlias.concept.path}`));
	}
	await expect(page.locator('[data-search-full] .search-result-link')).toHaveCount(0);
});

test('search opens with Ctrl+K and the header button, and is used by keyboard alone', async ({ page }) => {
	const target = entries[0] ?? model.chapters[0];
	await page.goto(model.pages.at(-1)!.path);
	await page.keyboard.press('Control+k');
	const modal = page.locator('.search-dialog');
	const input = modal.locator('input[type="search"]');
	await expect(input).toBeFocused();
	await page.keyboard.type(target.title);
	await expect(modal.locator('.search-result-link').first()).toBeVisible();
	await page.keyboard.press('ArrowDown');
	await expect(modal.locator('.search-result-link').first()).toBeFocused();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL((url) => url.pathname === target.path && url.searchParams.has('highlight'));

	await page.keyboard.press('Control+k');
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
	await page.keyboard.press('Escape');
	await page.keyboard.press('Escape');
	await expect(page.locator('.search-dialog')).toBeHidden();

	await page.getByRole('link', { name: 'Search' }).click();
	await expect(page.locator('.search-dialog input[type="search"]')).toBeFocused();
});

test('landing on a result highlights the matched terms', async ({ page }) => {
	const target = entries[0] ?? model.chapters[0];
	const word = wordOf(target.title);
	await page.goto(`${target.path}?highlight=${encodeURIComponent(word)}`);
	const marks = page.locator('article mark.search-highlight');
	await expect(marks.first()).toHaveText(new RegExp(`^${word}$`, 'i'));
	// The site's chrome (its header, the contents, the breadcrumbs) is not marked; the page's
	// own heading, inside the article, may be.
	await expect(
		page.locator('body > header mark, nav[aria-label="Thesis contents"] mark, nav[aria-label="Breadcrumb"] mark'),
	).toHaveCount(0);
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`the open search dialog and the search page pass axe (${colorScheme})`, async ({ browser }) => {
		const context = await browser.newContext({ colorScheme });
		const page = await context.newPage();
		await page.goto('/');
		await searchInDialog(page, wordOf(concept.term));
		expect(await wcagViolations(page, '.search-dialog')).toEqual([]);

		await searchResults(page, wordOf(concept.term));
		expect(await wcagViolations(page)).toEqual([]);
		await context.close();
	});
}
