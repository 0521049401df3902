// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { contentSecurityPolicyIntegration } from './src/integrations/content-security-policy';
import { contentValidationIntegration } from './src/integrations/content-validation';
import { diagramsIntegration } from './src/integrations/diagrams';
import { searchIndexIntegration } from './src/integrations/search-index';
import { cacheDir, contentDir } from './src/paths';
import { rehypeConceptLinks } from './src/plugins/rehype-concept-links';
import { rehypeDiagrams } from './src/plugins/rehype-diagrams';
import { rehypeExternalLinks } from './src/plugins/rehype-external-links';

// BASE_PATH lets the same build be served from a sub-folder, e.g. /thesis/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	base,
	trailingSlash: 'always',
	cacheDir,
	markdown: {
		// The unified (remark/rehype) processor runs plugins on .md and .mdx alike.
		processor: unified({
			remarkPlugins: [remarkGfm],
			rehypePlugins: [
				rehypeDiagrams,
				[rehypeConceptLinks, { contentDir, base, collections: ['chapters', 'dynamics', 'challenges'] }],
				rehypeExternalLinks,
			],
		}),
		// Mermaid fences are drawn at build time, not highlighted as code.
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
	integrations: [contentValidationIntegration(), mdx(), diagramsIntegration(), searchIndexIntegration(), contentSecurityPolicyIntegration()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
