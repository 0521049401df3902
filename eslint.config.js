// @ts-check
import js from '@eslint/js';
import astro from 'eslint-plugin-astro';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** ESLint: the recommended rules of JavaScript, TypeScript and Astro; Prettier owns the layout. */
export default tseslint.config(
	{
		ignores: [
			'dist/',
			'dist.next/',
			'dist.old/',
			'.astro/',
			'.cache/',
			'node_modules/',
			'test-results/',
			'playwright-report/',
		],
	},
	js.configs.recommended,
	...tseslint.configs.recommended,
	...astro.configs.recommended,
	{
		languageOptions: { globals: { ...globals.node, ...globals.browser } },
		rules: {
			// `_name` marks a parameter a signature needs but the body does not.
			// `try { localStorage… } catch {}`: storage may be blocked, and then there is nothing to do.
			'no-empty': ['error', { allowEmptyCatch: true }],
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
		},
	},
);
