import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { allPagePaths } from './support/site';

const thesisTitle = 'Analysis on development dynamics and challenges of “Internet +”';

test('every page links to the full-text view, which holds the whole thesis in order with its figures', async ({ page }) => {
	for (const path of await allPagePaths(page)) {
		await page.goto(path);
		await expect(page.getByRole('contentinfo').getByRole('link', { name: 'Full text' }), path).toHaveAttribute('href', '/full-text/');
	}
	await page.goto('/full-text/');
	await expect(page.locator('h1')).toHaveText(thesisTitle);
	const chapters = await page.locator('.full-text > section > h2').allTextContents();
	expect(chapters.map((t) => t.trim())).toEqual(['Abstract', '1 Introduction', '2 Development Dynamics of “Internet +”', '3 Challenges and Suggestions', '4 Summary']);
	const sections = (await page.locator('.full-text :is(h3, h4)').allTextContents()).map((t) => t.trim());
	expect(sections).toEqual([
		'2.1 Technology dynamics',
		'(1) Construction of new information infrastructure',
		'(2) Integration of big data',
		'(3) Actuation of technological innovation',
		'2.2 Social dynamics',
		'(1) Transformation and upgrade of traditional industries',
		'(2) Reformation from organizational system to the marketing system',
		'(3) “Internet +” promotes economic development',
		'(4) Promotion of “Internet +” by national strategy and enterprise strategy',
		'3.1 Construction of critical network infrastructure of “cloud, network, terminal”',
		'3.2 R&D of Internet core technology is still the top priority of development',
		'3.3 Huge amounts of data generate privacy and information security issues',
		'3.4 Disunion of industrial standards affects the development of the integration of traditional industries and “Internet +”',
	]);
	await expect(page.locator('.full-text figure.figure figcaption .figure-label')).toHaveText(['Fig. 1', 'Fig. 2', 'Fig. 3']);
	const text = await page.locator('.full-text').innerText();
	expect(text).toContain('Edward Yu, chairman and CEO of Analysis International');
	expect(text).toContain('Industry standard should be set up by the national government');
});

test('printed, a page is the text alone: no navigation, link targets shown, chapters on new sheets', async ({ page }) => {
	await page.goto('/full-text/');
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const chrome of ['.site-header', '.sidebar', '.site-footer', '.prev-next', '.breadcrumbs', '.toc-slot']) {
		await expect(page.locator(chrome).first(), chrome).toBeHidden();
	}
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
	expect(await page.locator('.full-text .chapter').first().evaluate((e) => getComputedStyle(e).breakBefore)).toBe('page');

	await page.goto('/summary/');
	await page.emulateMedia({ media: 'print' });
	// A link to another site shows its address; the site's own links (concepts) do not.
	const external = await page.evaluate(() => {
		const link = Object.assign(document.createElement('a'), { href: 'https://example.org/source', textContent: 'a source' });
		document.querySelector('article .prose p')!.append(link);
		return getComputedStyle(link, '::after').content;
	});
	expect(external).toBe('" (https://example.org/source)"');
	const internal = await page.locator('article .prose a.concept-link').first().evaluate((a) => getComputedStyle(a, '::after').content);
	expect(internal).toBe('none');
});

test('citation meta and JSON-LD say only what the thesis states', async ({ page }) => {
	await page.goto('/full-text/');
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', thesisTitle);
	await expect(page.locator('meta[name="citation_fulltext_html_url"]')).toHaveAttribute('content', /\/full-text\/$/);
	// The thesis names no author, date or venue: none is invented.
	await expect(page.locator('meta[name="citation_author"], meta[name="citation_publication_date"], meta[name="citation_journal_title"]')).toHaveCount(0);
	const article = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(article['@type']).toBe('ScholarlyArticle');
	expect(article.name).toBe(thesisTitle);
	expect(article.abstract).toMatch(/^As a new concept, “Internet \+” has been widely noted/);
	expect(article.author).toBeUndefined();
	expect(article.hasPart).toHaveLength(15);
	expect(article.hasPart[0].name).toBe('1 Introduction');

	await page.goto('/challenges/data-privacy-and-security/');
	await expect(page.locator('meta[name="citation_title"]')).toHaveAttribute('content', thesisTitle);
	const part = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
	expect(part['@type']).toBe('CreativeWork');
	expect(part.name).toBe('3.3 Huge amounts of data generate privacy and information security issues');
	expect(part.isPartOf['@type']).toBe('ScholarlyArticle');
});

test('“Cite this” gives a reference and BibTeX, copied with a button, selectable without JavaScript', async ({ browser }) => {
	const context = await browser.newContext();
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	const page = await context.newPage();
	await page.goto('/');
	const cite = page.getByRole('region', { name: 'Cite this' });
	await expect(cite.locator('#cite-bibtex')).toContainText('title = {Analysis on development dynamics and challenges of ``Internet +\'\'}');
	await expect(cite.locator('#cite-bibtex')).not.toContainText('author');
	await expect(cite.locator('#cite-reference')).toContainText(`${thesisTitle}. Available at http`);
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

test('link previews: canonical URL, Open Graph and Twitter cards with a picture made for the page', async ({ page, request }) => {
	await page.goto('/dynamics/big-data-integration/');
	await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /^https?:\/\/.+\/dynamics\/big-data-integration\/$/);
	await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', '2.1 (2) Integration of big data');
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
	expect(urls).toContain('/concepts/crowdsourcing/');
	expect(urls).not.toContain('/404/');
	expect(urls).not.toContain('/search/');
	expect(await (await request.get('/robots.txt')).text()).toMatch(/^User-agent: \*\nAllow: \/\n\nSitemap: https?:\/\/.+\/sitemap\.xml\n$/);
	for (const icon of ['/favicon.svg', '/favicon-32.png', '/apple-touch-icon.png']) {
		expect((await request.get(icon)).status(), icon).toBe(200);
	}
	await page.goto('/concepts/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const metadata = JSON.parse(readFileSync('content/thesis.json', 'utf8'));
	expect(metadata.language).toBe('en');
});

test('content pages say when their text last changed; no edit link while no repository is configured', async ({ page }) => {
	await page.goto('/dynamics/economic-development/');
	await expect(page.locator('.page-source time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
	// The date of the file's last commit, as git itself tells it.
	const committed = execFileSync('git', ['log', '-1', '--format=%cs', '--', 'content/dynamics/economic-development.mdx'], { encoding: 'utf8' }).trim();
	await expect(page.locator('.page-source time')).toHaveAttribute('datetime', committed);
	await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveCount(0);
});
