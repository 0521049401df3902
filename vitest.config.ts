import { defineConfig } from 'vitest/config';

/** Unit tests: fast checks of schemas and helpers, no build and no browser. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
		// A few tests start a process (the scaffold CLI) or a browser (diagram security): the
		// limit only catches a hang, it is not a speed target.
		testTimeout: 60_000,
	},
});
