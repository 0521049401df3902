import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageId, rehypePassageLinks, sectionLabelOf } from '../plugins/rehype-passage-links';

let contentDir: string;

beforeAll(() => {
	contentDir = mkdtempSync(join(tmpdir(), 'passages-'));
	for (const folder of ['dynamics', 'challenges', 'concepts']) mkdirSync(join(contentDir, folder));
	writeFileSync(join(contentDir, 'thesis.json'), JSON.stringify({ categories: [{ id: 'methods', section: '5.3' }] }));
});
afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

/** Runs the plugin on an HTML body as the MDX file `path` (under the fixture) with `frontmatter`. */
function transform(html: string, path: string, frontmatter: Record<string, unknown>): string {
	const tree: Root = fromHtml(html, { fragment: true });
	const file = new VFile({ path: join(contentDir, path), data: { astro: { frontmatter } } });
	rehypePassageLinks({ contentDir, collections: ['dynamics', 'challenges'] })(tree, file);
	return toHtml(tree);
}

describe('passage ids', () => {
	it('join the section numbers and the position', () => {
		expect(passageId('2.2 (2)', 3)).toBe('p-2-2-2-3');
		expect(passageId('3.1', 1)).toBe('p-3-1-1');
		expect(passageId('4', 2)).toBe('p-4-2');
	});
	it('take the section from the frontmatter, or a dynamic’s from its category and position', () => {
		const categories = new Map([['methods', '5.3']]);
		expect(sectionLabelOf({ section: '3.4' }, categories)).toBe('3.4');
		expect(sectionLabelOf({ category: 'methods', position: 2 }, categories)).toBe('5.3 (2)');
		expect(sectionLabelOf({ category: 'unknown', position: 2 }, categories)).toBeUndefined();
	});
});

describe('rehypePassageLinks', () => {
	it('numbers the body’s paragraphs and gives each a named permalink kept out of search', () => {
		const html = transform(
			'<p>One.</p><ul><li><p>In a list.</p></li></ul><figure><p>In a figure.</p></figure><p>Two.</p>',
			'dynamics/x.mdx',
			{ category: 'methods', position: 2 },
		);
		expect(html).toBe(
			'<p id="p-5-3-2-1" class="passage">One. <a href="#p-5-3-2-1" class="passage-link" aria-label="Link to paragraph 1 of section 5.3 (2)" data-pagefind-ignore="">¶</a></p>' +
				'<ul><li><p>In a list.</p></li></ul><figure><p>In a figure.</p></figure>' +
				'<p id="p-5-3-2-2" class="passage">Two. <a href="#p-5-3-2-2" class="passage-link" aria-label="Link to paragraph 2 of section 5.3 (2)" data-pagefind-ignore="">¶</a></p>',
		);
	});
	it('uses the section a challenge declares', () => {
		expect(transform('<p>Text.</p>', 'challenges/y.mdx', { section: '7.1' })).toContain('id="p-7-1-1"');
	});
	it('leaves pages outside its collections, and pages without a section, alone', () => {
		expect(transform('<p>Text.</p>', 'concepts/z.mdx', { section: '7.1' })).toBe('<p>Text.</p>');
		expect(transform('<p>Text.</p>', 'dynamics/x.mdx', {})).toBe('<p>Text.</p>');
	});
});
