import { defineConfig } from 'html-validate';

/**
 * html-validate, run over every page of the build by `npm run test:dist`
 * (e2e/built-html/html-validate.test.ts): its recommended rules and those for whole
 * documents, less what does not fit a site that publishes a thesis as it is written.
 */
export default defineConfig({
	root: true,
	extends: ['html-validate:recommended', 'html-validate:document'],
	rules: {
		// A page's title is a heading of the thesis, which the site never shortens (it states
		// only what the thesis says), then the site's short title: many run past the 70
		// characters a search result shows, which is a matter of display, not of the markup.
		'long-title': 'off',
		// Mermaid sizes each drawing with `max-width` on its <svg>; the site's own inline styles
		// set custom properties only (allowed by default), such as a diagram frame's width.
		'no-inline-style': ['error', { allowedProperties: ['display', 'max-width'] }],
		// Subresource Integrity guards files from other hosts; the site loads none, and its own
		// files come from the same origin as the page. A load from another host still fails.
		'require-sri': ['error', { target: 'crossorigin' }],
	},
});
