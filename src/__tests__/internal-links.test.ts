import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { resolve } from 'node:path';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { rehypeInternalLinks } from '../plugins/rehype-internal-links.ts';

function transform(html: string, base: string, file = 'content/dynamics/first.mdx'): string {
	const tree: Root = fromHtml(html, { fragment: true });
	rehypeInternalLinks({ contentDir: 'content', base })(tree, new VFile({ path: resolve(file) }));
	return toHtml(tree);
}

describe('rehypeInternalLinks', () => {
	it('adds the base path to root-relative links', () => {
		expect(transform('<a href="/challenges/hard/#suggestions">x</a>', '/thesis/')).toBe(
			'<a href="/thesis/challenges/hard/#suggestions">x</a>',
		);
		expect(transform('<a href="/full-text/">x</a>', '/')).toBe('<a href="/full-text/">x</a>');
	});
	it('resolves relative links against the page of the file, so they work on /full-text/ too', () => {
		expect(transform('<a href="../second/">x</a>', '/thesis/')).toBe('<a href="/thesis/dynamics/second/">x</a>');
		expect(transform('<a href="../../summary/">x</a>', '/', 'content/challenges/hard.mdx')).toBe(
			'<a href="/summary/">x</a>',
		);
	});
	it('leaves #anchors and other sites alone', () => {
		expect(
			transform(
				'<a href="#part">x</a><a href="https://example.org/a/">y</a><a href="//example.org/">z</a>',
				'/thesis/',
			),
		).toBe('<a href="#part">x</a><a href="https://example.org/a/">y</a><a href="//example.org/">z</a>');
	});
});
