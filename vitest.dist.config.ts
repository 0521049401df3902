import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site (`npm run test:dist`, after `npm run build`): every page of
 * dist/ read as HTML, compared with the thesis in content/. No browser, no server.
 */
export default defineConfig({
	test: {
		include: ['e2e/built-html/**/*.test.ts'],
		// The first test of a file parses every page: a loaded machine can take a while.
		testTimeout: 60_000,
		// The files share one worker's modules, so the site is read and parsed once for all of
		// them (built-site.ts keeps it), not once per file: twice as fast. The checks only read.
		isolate: false,
	},
});
