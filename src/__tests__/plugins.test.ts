import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeExternalLinks } from '../plugins/rehype-external-links.ts';

function transform(html: string): string {
	const tree: Root = fromHtml(html, { fragment: true });
	rehypeExternalLinks()(tree);
	return toHtml(tree);
}

describe('rehypeExternalLinks', () => {
	it('adds noopener and noreferrer to links to other sites, keeping other rel values', () => {
		expect(transform('<a href="https://example.org/">x</a>')).toBe(
			'<a href="https://example.org/" rel="noopener noreferrer">x</a>',
		);
		expect(transform('<a href="//example.org/" rel="external">x</a>')).toBe(
			'<a href="//example.org/" rel="external noopener noreferrer">x</a>',
		);
	});
	it('leaves links within the site alone', () => {
		expect(transform('<a href="/concepts/">x</a><a href="#top">y</a>')).toBe(
			'<a href="/concepts/">x</a><a href="#top">y</a>',
		);
	});
	it('ignores elements that are not links', () => {
		const tree: Root = fromHtml('<link href="https://example.org/x.css">', { fragment: true });
		rehypeExternalLinks()(tree);
		expect((tree.children[0] as Element).properties.rel).toBeUndefined();
	});
});

describe('rehypeExternalLinks on raw <a> in MDX', () => {
	/** The JSX MDX compiles a body to, with the plugin in its rehype stage as in the build. */
	async function compiled(mdx: string): Promise<string> {
		const { compile } = await import('@mdx-js/mdx');
		return String(await compile(mdx, { rehypePlugins: [rehypeExternalLinks], jsx: true }));
	}

	it('adds noopener and noreferrer to a raw <a> to another site, inline and as a block', async () => {
		const inline = await compiled('See <a href="https://example.org/">the source</a>.');
		expect(inline).toContain('<a href="https://example.org/" rel="noopener noreferrer">');
		const block = await compiled('<a href="//example.org/">\n  the source\n</a>');
		expect(block).toContain('<a href="//example.org/" rel="noopener noreferrer">');
	});
	it('keeps a rel the editor wrote and adds the missing values once', async () => {
		expect(await compiled('<a href="https://example.org/" rel="external noopener">x</a>')).toContain(
			'rel="external noopener noreferrer"',
		);
	});
	it('leaves a raw <a> within the site, and other JSX elements, alone', async () => {
		const output = await compiled('<a href="/concepts/">x</a> <abbr title="https://example.org/">y</abbr>');
		expect(output).toContain('<a href="/concepts/">');
		expect(output).not.toContain('rel=');
	});
});
