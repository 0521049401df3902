import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumExecutable } from './src/browser/chromium.ts';

// E2E_PORT lets two checkouts run their suites side by side without sharing a server.
const port = Number(process.env.E2E_PORT ?? 4321);

/** End-to-end tests run against the production build, served as a visitor would get it. */
export default defineConfig({
	testDir: './e2e',
	// e2e/built-html/*.test.ts are vitest checks of the built HTML (npm run test:dist).
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	// Generous limits for a loaded 2-core machine; no test measures time.
	timeout: 60_000,
	expect: { timeout: 15_000 },
	forbidOnly: !!process.env.CI,
	// A flaky test is a defect to fix, not to retry.
	retries: 0,
	// One browser per core: more only makes each test slower on a 2-core machine.
	workers: Number(process.env.E2E_WORKERS ?? 2),
	reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		trace: 'retain-on-failure',
		launchOptions: { executablePath: chromiumExecutable(), args: chromiumArgs },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
	webServer: {
		command: `npm run preview -- --host 127.0.0.1 --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 60_000,
	},
});
