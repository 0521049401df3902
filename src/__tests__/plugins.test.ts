import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../plugins/rehype-external-links';

function transform(html: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	rehypeExternalLinks()(tree);
	return toHtml(tree);
}

describe('rehypeExternalLinks', () => {
	it('adds noopener and noreferrer to links to other sites, keeping other rel values', () => {
		expect(transform('<a href="https://example.org/">x</a>')).toBe('<a href="https://example.org/" rel="noopener noreferrer">x</a>');
		expect(transform('<a href="//example.org/" rel="external">x</a>')).toBe('<a href="//example.org/" rel="external noopener noreferrer">x</a>');
	});
	it('leaves links within the site alone', () => {
		expect(transform('<a href="/concepts/">x</a><a href="#top">y</a>')).toBe('<a href="/concepts/">x</a><a href="#top">y</a>');
	});
	it('ignores elements that are not links', () => {
		const tree: Root = fromHtml('<link href="https://example.org/x.css">', { fragment: true });
		rehypeExternalLinks()(tree);
		expect((tree.children[0] as Element).properties.rel).toBeUndefined();
	});
});
