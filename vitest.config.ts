import { defineConfig } from 'vitest/config';

/** Unit tests: fast checks of schemas and helpers, no build and no browser. */
export default defineConfig({
	test: {
		include: ['src/**/*.test.ts'],
	},
});
