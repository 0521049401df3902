import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { contentModel } from './support/content-model.ts';
import { wcagViolations } from '../src/browser/wcag.ts';

const dist = process.env.THESIS_OUT_DIR ?? 'dist';
const model = contentModel();
/** The pages whose paragraphs are citable passages: the dynamics and the challenges. */
const sections = [...model.dynamics, ...model.challenges];

/** The paragraphs an MDX body holds: its blocks of text, not components, lists, headings or code. */
function paragraphsOf(file: string): number {
	const body = readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
	return body
		.replace(/```[\s\S]*?```/g, '')
		.split(/\n\s*\n/)
		.map((block) => block.trim())
		.filter((block) => block && !/^(<|#|[-*+>|] |\d+\. |import |export )/.test(block)).length;
}

/** The body paragraphs of a built page (those of `.prose`, the MDX body) and its other ids. */
function builtParagraphs(path: string) {
	const tree = fromHtml(readFileSync(join(dist, path, 'index.html'), 'utf8'));
	const paragraphs: Element[] = [];
	visit(tree, 'element', (node) => {
		const classes = node.properties.className;
		if (Array.isArray(classes) && classes.includes('prose'))
			paragraphs.push(...node.children.filter((c): c is Element => c.type === 'element' && c.tagName === 'p'));
	});
	return paragraphs;
}

test('each thesis paragraph of every dynamic and challenge has an id of its own and a named link to itself, the same in the full text', () => {
	const fullText = readFileSync(join(dist, 'full-text', 'index.html'), 'utf8');
	const pages = sections.map((entry) => ({ file: entry.file!, path: entry.path.slice(1, -1) }));
	expect(pages.length).toBeGreaterThan(2);
	for (const { file, path } of pages) {
		const paragraphs = builtParagraphs(path);
		expect(paragraphs.length, path).toBe(paragraphsOf(file));
		paragraphs.forEach((p, index) => {
			// Short and saying nothing of its place: the passage registry gives it (README, "Passage ids").
			const id = String(p.properties.id ?? '');
			expect(id, `${path} paragraph ${index + 1}`).toMatch(/^p-[a-z][a-z2-9]{4}$/);
			const link = p.children.find(
				(c): c is Element => c.type === 'element' && c.tagName === 'a' && c.properties.href === `#${id}`,
			);
			expect(link, `${path} #${id} links to itself`).toBeDefined();
			expect(String(link!.properties.ariaLabel)).toMatch(new RegExp(`^Link to paragraph ${index + 1} of section \\S`));
			expect(link!.properties.dataPagefindIgnore, `${path} #${id}: kept out of search`).toBe('');
			// The full text shows the same paragraph under the same id.
			expect(fullText, `${path} #${id} in the full text`).toContain(`id="${id}"`);
		});
		expect(new Set(paragraphs.map((p) => p.properties.id)).size, path).toBe(paragraphs.length);
	}
	// Ids are unique in the full text too, old positional ones included.
	const ids = [...fullText.matchAll(/ id="(p-[a-z0-9-]+)"/g)].map((m) => m[1]);
	expect(ids.length).toBeGreaterThan(pages.length);
	expect(new Set(ids).size).toBe(ids.length);
});

// The permalink checks use the first dynamic or challenge with at least two paragraphs.
const page = sections.find((entry) => paragraphsOf(entry.file!) >= 2)?.path ?? sections[0].path;

test('a permalink shows on hover and keyboard focus, and following it marks its passage, without JavaScript', async ({
	browser,
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const tab = await context.newPage();
	await tab.goto(page);
	const paragraph = tab.locator('article .prose > p').nth(1);
	const link = paragraph.locator('a.passage-link');
	await expect(link).toHaveCSS('opacity', '0');
	await paragraph.hover();
	await expect(link).toHaveCSS('opacity', '1');
	await paragraph.screenshot({ path: test.info().outputPath('permalink-hover.png') });
	await tab.mouse.move(0, 0);
	await link.focus();
	await expect(link).toBeFocused();
	await expect(link).toHaveCSS('opacity', '1');
	const background = await paragraph.evaluate((p) => getComputedStyle(p).backgroundColor);
	await link.press('Enter');
	const id = await paragraph.getAttribute('id');
	await expect(tab).toHaveURL(new RegExp(`#${id}$`));
	await expect.poll(() => paragraph.evaluate((p) => getComputedStyle(p).backgroundColor)).not.toBe(background);
	await context.close();
});

test('with JavaScript, following a permalink copies the passage’s permanent address', async ({ browser, baseURL }) => {
	const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
	const tab = await context.newPage();
	await tab.goto(page);
	const link = tab.locator('article .prose > p').first().locator('a.passage-link');
	const id = await tab.locator('article .prose > p').first().getAttribute('id');
	await link.click();
	await expect(tab.locator('#copy-status')).toHaveText('Link to the paragraph copied');
	// Its resolver page, which follows the passage wherever later edits move it.
	expect(await tab.evaluate(() => navigator.clipboard.readText())).toBe(`${baseURL}/p/${id!.slice(2)}/`);
	await context.close();
});

test('printed, the permalinks are gone', async ({ page: tab }) => {
	await tab.goto(page);
	await tab.emulateMedia({ media: 'print' });
	await expect(tab.locator('a.passage-link').first()).toBeHidden();
});

for (const colorScheme of ['light', 'dark'] as const) {
	test(`a focused permalink and a marked passage pass axe (${colorScheme})`, async ({ browser }) => {
		// axe on a whole page takes a while on a busy machine.
		test.slow();
		const context = await browser.newContext({ colorScheme });
		const tab = await context.newPage();
		const id = String(builtParagraphs(page.slice(1, -1))[0].properties.id);
		await tab.goto(`${page}#${id}`);
		await tab.locator(`#${id} a.passage-link`).focus();
		expect(await wcagViolations(tab)).toEqual([]);
		await context.close();
	});
}
