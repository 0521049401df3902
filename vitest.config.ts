import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** Keystatic's browser build: its Node build leaves out the MDX editor that the editor's tests check. */
const keystaticBrowserBuild = (file: string) =>
	fileURLToPath(new URL(`./node_modules/@keystatic/core/dist/${file}`, import.meta.url));

/** Unit tests: fast checks of schemas and helpers, no build and no browser. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
		// A few tests start a process (the scaffold CLI) or a browser (diagram security): the
		// limit only catches a hang, it is not a speed target.
		testTimeout: 60_000,
		// Test files share a worker's modules instead of importing them afresh, file after
		// file: half the run's time. So no test may leave state behind (an environment
		// variable, a mock, a global): each test restores what it changes.
		isolate: false,
	},
	resolve: {
		alias: [
			{ find: /^@keystatic\/core$/, replacement: keystaticBrowserBuild('keystatic-core.js') },
			{
				find: /^@keystatic\/core\/content-components$/,
				replacement: keystaticBrowserBuild('keystatic-core-content-components.js'),
			},
		],
	},
});
