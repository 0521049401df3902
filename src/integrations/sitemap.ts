import type { AstroIntegration } from 'astro';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { visit } from 'unist-util-visit';
import { builtPages } from './built-pages';

/** Whether a page asks search engines not to index it: <meta name="robots"> with noindex. */
export function isNoindex(tree: Root): boolean {
	let noindex = false;
	visit(tree, 'element', (node) => {
		const { name, content } = node.properties;
		if (node.tagName !== 'meta' || typeof name !== 'string' || name.toLowerCase() !== 'robots') return;
		if (
			typeof content === 'string' &&
			content
				.toLowerCase()
				.split(/[\s,]+/)
				.includes('noindex')
		)
			noindex = true;
	});
	return noindex;
}

/**
 * sitemap.xml and robots.txt for the built site, from the pages it really contains (the
 * 404 page and pages marked noindex left out), with absolute addresses from `site`.
 */
export function sitemapIntegration(): AstroIntegration {
	let site = '';
	return {
		name: 'thesis-site:sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = new URL(config.base, config.site).href;
			},
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = builtPages(root)
					.filter((name) => name.endsWith('index.html'))
					.filter((name) => !isNoindex(fromHtml(readFileSync(join(root, name), 'utf8'))))
					.map((name) => new URL(name.replace(/index\.html$/, ''), site).href)
					.sort();
				const urls = pages.map((url) => `  <url><loc>${url}</loc></url>`).join('\n');
				writeFileSync(
					join(root, 'sitemap.xml'),
					`<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`,
				);
				writeFileSync(
					join(root, 'robots.txt'),
					`User-agent: *\nAllow: /\n\nSitemap: ${new URL('sitemap.xml', site).href}\n`,
				);
				logger.info(`sitemap: ${pages.length} pages`);
			},
		},
	};
}
