import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * Imports a module in a plain Node process (type stripping, no bundler, no tsx) and says
 * whether it loaded. Astro imports astro.config.mjs with Node first and falls back to a
 * Vite server of its own when that fails, a second or more of every build. The card
 * worker runs the same way (the build browser's job too: build-browser.test.ts starts it).
 */
function importInNode(specifier: string) {
	return spawnSync(process.execPath, ['--input-type=module', '-e', `await import(${JSON.stringify(specifier)});`], {
		encoding: 'utf8',
		env: { ...process.env, NODE_OPTIONS: '' },
	});
}

describe('the generator’s modules load in Node as they are', () => {
	it.each(['./astro.config.mjs', './src/cards/card-worker.ts'])(
		'%s',
		(specifier) => {
			const run = importInNode(specifier);
			expect(run.stderr).toBe('');
			expect(run.status).toBe(0);
		},
		30_000,
	);
});
