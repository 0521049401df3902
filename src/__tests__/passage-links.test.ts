import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { join } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { PassageEditions } from '../model/passage-editions.ts';
import type { PassageId } from '../model/passage-ids.ts';
import { rehypePassageLinks } from '../plugins/rehype-passage-links.ts';

const contentDir = '/thesis/content';
const ids: Record<string, PassageId[]> = {
	'dynamics/x': [
		{ id: 'kq3fa', alias: 'p-5-3-2-1', label: 'Link to paragraph 1 of section 5.3 (2)' },
		{ id: 'm7w2x', label: 'Link to list item 1 of section 5.3 (2)' },
		{ id: 'r4t6y', label: 'Link to paragraph 2 of section 5.3 (2)' },
	],
	'challenges/y': [{ id: 'w8z2a', label: 'Link to list item 1 of section 3.1' }],
};

/** Runs the plugin on an HTML body as the MDX file `path` under the content folder, with the ids above. */
function transform(html: string, path: string, editions?: PassageEditions): string {
	const tree: Root = fromHtml(html, { fragment: true });
	rehypePassageLinks({
		contentDir,
		base: '/thesis/',
		site: 'https://example.org',
		idsOf: (page) => ids[page],
		editions: () => editions,
	})(tree, new VFile({ path: join(contentDir, path) }));
	return toHtml(tree);
}

describe('rehypePassageLinks', () => {
	it('gives the body’s paragraphs and list items the model’s ids, old ids as aliases, and named permalinks with the permanent address, kept out of search', () => {
		const html = transform(
			'<p>One.</p><ul><li>In a list.</li></ul><figure><p>In a figure.</p></figure><p>Two.</p>',
			'dynamics/x.mdx',
		);
		expect(html).toBe(
			'<p id="p-kq3fa" class="passage"><span id="p-5-3-2-1" class="passage-alias"></span>One. <a href="#p-kq3fa" class="passage-link" aria-label="Link to paragraph 1 of section 5.3 (2)" data-permanent="/thesis/p/kq3fa/" data-pagefind-ignore="">¶</a></p>' +
				'<ul><li id="p-m7w2x" class="passage">In a list. <a href="#p-m7w2x" class="passage-link" aria-label="Link to list item 1 of section 5.3 (2)" data-permanent="/thesis/p/m7w2x/" data-pagefind-ignore="">¶</a></li></ul>' +
				'<figure><p>In a figure.</p></figure>' +
				'<p id="p-r4t6y" class="passage">Two. <a href="#p-r4t6y" class="passage-link" aria-label="Link to paragraph 2 of section 5.3 (2)" data-permanent="/thesis/p/r4t6y/" data-pagefind-ignore="">¶</a></p>',
		);
	});
	it('puts the permalink of a loose list’s item after the text of its last paragraph', () => {
		expect(
			transform('<ol><li><p>First.</p><p>Second.</p><ul><li>Nested.</li></ul></li></ol>', 'challenges/y.mdx'),
		).toBe(
			'<ol><li id="p-w8z2a" class="passage"><p>First.</p><p>Second. <a href="#p-w8z2a" class="passage-link" aria-label="Link to list item 1 of section 3.1" data-permanent="/thesis/p/w8z2a/" data-pagefind-ignore="">¶</a></p><ul><li>Nested.</li></ul></li></ol>',
		);
	});
	it('with editions: a changed passage links to its change and its earlier words; each passage carries its citation', () => {
		const editions: PassageEditions = {
			metadata: {
				title: 'A thesis',
				identifier: 'doi:10.5555/thesis.1',
				language: 'en',
				authors: [],
				keywords: [],
			} as unknown as PassageEditions['metadata'],
			current: { edition: 3, date: '2026-12-10', note: 'Later.', label: 'Edition 3, 10 December 2026' },
			changes: new Map([
				['kq3fa', { edition: 2, earlier: 1 }],
				['r4t6y', { earlier: 3 }],
			]),
		};
		const html = transform('<p>One.</p><ul><li>In a list.</li></ul><p>Two.</p>', 'dynamics/x.mdx', editions);
		const cite = (id: string) =>
			`<span class="passage-cite" data-pagefind-ignore="">Cite this passage: A thesis. Edition 3, 10 December 2026, passage ${id}. https://doi.org/10.5555/thesis.1 Available at https://example.org/thesis/p/${id}/</span>`;
		expect(html).toContain(
			'One. <span class="passage-history" data-pagefind-ignore=""><a href="/thesis/changes/#edition-2-kq3fa">changed in edition 2</a>; <a href="/thesis/editions/1/#p-kq3fa">edition 1’s words</a></span> <a href="#p-kq3fa"',
		);
		expect(html).toContain(`data-permanent="/thesis/p/kq3fa/" data-pagefind-ignore="">¶</a>${cite('kq3fa')}</p>`);
		expect(html).toContain(`In a list. <a href="#p-m7w2x"`);
		expect(html).toContain(`¶</a>${cite('m7w2x')}</li>`);
		expect(html).toContain(
			'Two. <span class="passage-history" data-pagefind-ignore=""><a href="/thesis/changes/#unrecorded-r4t6y">changed since edition 3</a>; <a href="/thesis/editions/3/#p-r4t6y">edition 3’s words</a></span>',
		);
	});
	it('leaves pages without passage ids, and files outside the content folder, alone', () => {
		expect(transform('<p>Text.</p>', 'concepts/z.mdx')).toBe('<p>Text.</p>');
		expect(transform('<p>Text.</p>', '../elsewhere/dynamics/x.mdx')).toBe('<p>Text.</p>');
	});
	it('stops the build, naming the file, when the page and the model disagree on its passages', () => {
		expect(() => transform('<p>One.</p>', 'dynamics/x.mdx')).toThrow(
			/dynamics\/x\.mdx: the page has 1 passages but the model found 3/,
		);
	});
});
