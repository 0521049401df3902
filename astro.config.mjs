// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentSecurityPolicyIntegration } from './src/integrations/content-security-policy.ts';
import { contentValidationIntegration } from './src/integrations/content-validation.ts';
import { diagramsIntegration } from './src/integrations/diagrams.ts';
import { pdfEditionIntegration } from './src/integrations/pdf-edition.ts';
import { searchIndexIntegration } from './src/integrations/search-index.ts';
import { sitemapIntegration } from './src/integrations/sitemap.ts';
import { socialImagesIntegration } from './src/integrations/social-images.ts';
import { cacheDir, contentDir } from './src/paths.ts';
import { rehypeConceptLinks } from './src/plugins/rehype-concept-links.ts';
import { rehypeDiagrams } from './src/plugins/rehype-diagrams.ts';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links.ts';
import { rehypeInternalLinks } from './src/plugins/rehype-internal-links.ts';
import { rehypePassageLinks } from './src/plugins/rehype-passage-links.ts';

// BASE_PATH lets the same build be served from a sub-folder, e.g. /thesis/.
const base = process.env.BASE_PATH ?? '/';
// The address the site is published at: canonical URLs, citations, sitemap and link
// previews need it absolute. SITE_URL sets it; the default is the local preview.
const site = process.env.SITE_URL ?? 'http://localhost:4321';

export default defineConfig({
	site,
	base,
	trailingSlash: 'always',
	cacheDir,
	markdown: {
		// The unified (remark/rehype) processor runs plugins on .md and .mdx alike.
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [
				rehypeDiagrams,
				// Before concept links, whose hrefs already carry the base.
				[rehypeInternalLinks, { contentDir, base }],
				[rehypeConceptLinks, { contentDir, base, collections: ['chapters', 'dynamics', 'challenges'] }],
				[rehypePassageLinks, { contentDir, base, site }],
				rehypeExternalLinks,
			],
		}),
		// Mermaid fences are drawn at build time, not highlighted as code.
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
	integrations: [
		contentValidationIntegration(),
		mdx(),
		diagramsIntegration(),
		// Before search, sitemap and CSP: it fills in the PDF's size on every page.
		pdfEditionIntegration(),
		searchIndexIntegration(),
		sitemapIntegration(),
		socialImagesIntegration(),
		contentSecurityPolicyIntegration(),
		// `npm run edit` only: the browser editor (React, Keystatic) is neither loaded nor built otherwise.
		...(process.env.THESIS_EDITOR ? (await import('./src/editor/integration.ts')).editorIntegrations() : []),
	],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
	vite: {
		build: {
			// Scripts Astro bundles stay files, allowed as 'self': the only inline scripts the
			// Content-Security-Policy allows are the generator's known ones (content-security-policy.ts).
			assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined),
			rollupOptions: {
				// Astro's own MDX modules trip this bundler notice (withastro/astro#18087); it
				// says nothing about the content, so it is kept out of the build log.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
