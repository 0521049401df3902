// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';

// BASE_PATH lets the same build be served from a sub-folder, e.g. /thesis/.
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
	base,
	trailingSlash: 'always',
	// Fixture builds in tests use their own cache so they never disturb the main build's.
	cacheDir: process.env.THESIS_CACHE_DIR ?? './node_modules/.astro',
	markdown: {
		// The unified (remark/rehype) processor runs plugins on .md and .mdx alike.
		processor: unified({ remarkPlugins: [remarkGfm] }),
		// Mermaid fences are drawn at build time, not highlighted as code.
		syntaxHighlight: { type: 'shiki', excludeLangs: ['mermaid'] },
	},
	integrations: [mdx()],
	build: { format: 'directory' },
	devToolbar: { enabled: false },
});
