import type { AstroIntegration } from 'astro';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headTags } from '../lib/html-tags.ts';
import { builtPages } from './built-pages.ts';

/** Whether a page asks search engines not to index it: <meta name="robots"> with noindex in its head. */
export function isNoindex(html: string): boolean {
	return headTags(html).some(
		(tag) =>
			tag.name === 'meta' &&
			tag.attributes.get('name')?.toLowerCase() === 'robots' &&
			(tag.attributes.get('content') ?? '')
				.toLowerCase()
				.split(/[\s,]+/)
				.includes('noindex'),
	);
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
					.filter((name) => !isNoindex(readFileSync(join(root, name), 'utf8')))
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
