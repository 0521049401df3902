import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { contentModel, editionLabel } from './support/content-model.ts';

const model = contentModel();
const edition = model.editions.at(-1);
const thesisTitle = model.metadata.title;
const entry = model.dynamics[0] ?? model.chapters[0];
const challenge = model.challenges[0] ?? model.chapters[0];

test('the full-text view holds the whole thesis in order with its figures', async ({ page }) => {
	// Every page's link to it is checked on the built HTML (e2e/built-html/pages.test.ts).
	await page.goto('/full-text/');
	await expect(page.locator('h1')).toHaveText(thesisTitle);
	const chapters = await page.locator('.full-text > section > h2').allTextContents();
	expect(chapters.map((t) => t.trim())).toEqual(['Abstract', ...model.chapters.map((c) => c.label)]);
	const sections = (await page.locator('.full-text :is(h3, h4)').allTextContents()).map((t) => t.trim());
	expect(sections).toEqual(
		model.chapters.flatMap((chapter) => [
			...(chapter.lists === 'dynamics'
				? model.categories.flatMap((c) => [c.label, ...c.dynamics.map((d) => `(${d.position}) ${d.title}`)])
				: []),
			...(chapter.lists === 'challenges' ? model.challenges.map((c) => c.label) : []),
		]),
	);
	await expect(page.locator('.full-text figure.figure figcaption .figure-label')).toHaveText(
		model.figures.map((f) => f.label),
	);
});

test('printed, a page is the text alone: no navigation, link targets shown, chapters on new sheets', async ({
	page,
}) => {
	await page.goto('/full-text/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const chrome of ['.site-header', '.sidebar', '.site-footer', '.prev-next', '.breadcrumbs', '.toc-slot']) {
		await expect(page.locator(chrome).first(), chrome).toBeHidden();
	}
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
	expect(
		await page
			.locator('.full-text .chapter')
			.first()
			.evaluate((e) => getComputedStyle(e).breakBefore),
	).toBe('page');

	// A page whose text names a concept, so it has a concept link (the site's own).
	const mentioning =
		model.pages.find((p) => model.concepts.some((c) => p.body.toLowerCase().includes(c.term.toLowerCase()))) ??
		model.pages.at(-1)!;
	await page.goto(mentioning.path);
	await page.emulateMedia({ media: 'print' });
	// A link to another site shows its address; the site's own links (concepts) do not.
	const external = await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), {
			href: 'https://example.org/source',
			textContent: 'a source',
		});
		document.querySelector('article .prose p')!.append(link);
		return getComputedStyle(link, '::after').content;
	});
	expect(external).toBe('" (https://example.org/source)"');
	const internal = await page
		.locator('article .prose a.concept-link')
		.first()
		.evaluate((a) => getComputedStyle(a, '::after').content);
	expect(internal).toBe('none');
});

test('citation meta and JSON-LD say only what the thesis states', async ({ page }) => {
	await page.goto('/full-text/');
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', thesisTitle);
	await expect(page.locator('meta[name="citation_fulltext_html_url"]')).toHaveAttribute('content', /\/full-text\/$/);
	// The thesis names no author, date or venue: none is invented.
	await expect(
		page.locator(
			'meta[name="citation_author"], meta[name="citation_publication_date"], meta[name="citation_journal_title"]',
		),
	).toHaveCount(0);
	const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(article['@type']).toBe('ScholarlyArticle');
	expect(article.name).toBe(thesisTitle);
	expect(article.abstract).toBe(model.metadata.abstract.join('\n\n'));
	expect(article.author).toBeUndefined();
	expect(article.hasPart).toHaveLength(model.pages.length - 1);
	expect(article.hasPart[0].name).toBe(model.chapters[0].label);

	await page.goto(challenge.path);
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', thesisTitle);
	const part = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(part['@type']).toBe('CreativeWork');
	expect(part.name).toBe(challenge.label);
	expect(part.isPartOf['@type']).toBe('ScholarlyArticle');
});

test('“Cite this” gives a reference and BibTeX, copied with a button, selectable without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	await page.goto('/');
	const cite = page.getByRole('region', { name: 'Cite this' });
	await expect(cite.locator('#cite-bibtex')).toContainText(/title = \{.+\}/);
	await expect(cite.locator('#cite-bibtex')).not.toContainText('author');
	await expect(cite.locator('#cite-reference')).toContainText(
		`${thesisTitle}. ${edition ? `${editionLabel(edition)}. ` : ''}Available at http`,
	);
	await cite.getByRole('button', { name: 'Copy BibTeX' }).click();
	await expect(cite.getByRole('button', { name: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/^@misc\{/);
	await context.close();

	const noScript = await browser.newContext({ javaScriptEnabled: false });
	const plain = await noScript.newPage();
	await plain.goto('/full-text/');
	await expect(plain.getByRole('button', { name: 'Copy BibTeX' })).toBeHidden();
	await expect(plain.locator('#cite-bibtex')).toBeVisible();
	await noScript.close();
});

test('link previews: canonical URL, Open Graph and Twitter cards with a picture made for the page', async ({
	page,
	request,
}) => {
	await page.goto(entry.path);
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
		'href',
		new RegExp(`^https?://[^/]+${entry.path}$`),
	);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', entry.label);
	await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary_large_image');
	const image = await page.locator('meta[property="og:image"]').getAttribute('content');
	const response = await request.get(new URL(image!).pathname);
	expect(response.headers()['content-type']).toBe('image/png');
	const png = await response.body();
	// PNG header: width and height at bytes 16–23.
	expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test('sitemap, robots.txt, icons and the language of the page are in place', async ({ page, request }) => {
	const sitemap = await (await request.get('/sitemap.xml')).text();
	const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname);
	expect(urls).toContain('/');
	expect(urls).toContain('/full-text/');
	for (const path of [...model.pages.map((p) => p.path), ...model.concepts.map((c) => c.path)])
		expect(urls).toContain(path);
	expect(urls).not.toContain('/404/');
	expect(urls).not.toContain('/search/');
	expect(await (await request.get('/robots.txt')).text()).toMatch(
		/^User-agent: \*\nAllow: \/\n\nSitemap: https?:\/\/.+\/sitemap\.xml\n$/,
	);
	for (const icon of ['/favicon.svg', '/favicon-32.png', '/apple-touch-icon.png']) {
		expect((await request.get(icon)).status(), icon).toBe(200);
	}
	await page.goto('/concepts/');
	await expect(page.locator('html')).toHaveAttribute('lang', model.metadata.language);
});

test('content pages say when their text last changed; no edit link while no repository is configured', async ({
	page,
}) => {
	await page.goto(entry.path);
	await expect(page.locator('.page-source time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	// The date of the file's last commit, as git itself tells it.
	const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', entry.file!], { encoding: 'utf8' }).trim();
	await expect(page.locator('.page-source time')).toHaveAttribute('datetime', committed);
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});
