import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { browserPathVariable, chromiumExecutable, systemChromiums } from '../browser/chromium.ts';

const configured = process.env[browserPathVariable];
afterEach(() => {
	if (configured === undefined) delete process.env[browserPathVariable];
	else process.env[browserPathVariable] = configured;
});

describe('chromiumExecutable', () => {
	it('takes the binary CHROMIUM_PATH names', () => {
		process.env[browserPathVariable] = process.execPath;
		expect(chromiumExecutable()).toBe(process.execPath);
	});
	it('says how to get a browser when CHROMIUM_PATH names no file', () => {
		process.env[browserPathVariable] = '/no/such/chromium';
		const call = () => chromiumExecutable();
		expect(call).toThrow(/CHROMIUM_PATH is set to \/no\/such\/chromium, but no file exists there/);
		expect(call).toThrow(
			/apt-get install chromium-headless-shell fonts-liberation[\s\S]*npx playwright install chromium/,
		);
	});
	const installed = systemChromiums.filter((path) => existsSync(path));
	it.skipIf(installed.length === 0)('prefers a system Chromium when nothing is configured', () => {
		delete process.env[browserPathVariable];
		// Found without loading Playwright, even where Playwright's own browser is installed too.
		expect(chromiumExecutable()).toBe(installed[0]);
	});
	it.skipIf(installed.length < 2)('takes the headless shell before the full Chromium', () => {
		delete process.env[browserPathVariable];
		expect(chromiumExecutable()).toBe('/usr/bin/chromium-headless-shell');
	});
});
