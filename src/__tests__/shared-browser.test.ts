import { describe, expect, it } from 'vitest';
import { SharedBrowser } from '../browser/shared-browser.ts';

describe('SharedBrowser', () => {
	it('launches once for several users and closes when the last one gives it back', async () => {
		const shared = new SharedBrowser();
		const first = await shared.acquire();
		const second = await shared.acquire();
		expect(first.launched).toBe(true);
		expect(second.launched).toBe(false);
		expect(second.browser).toBe(first.browser);
		await shared.release();
		expect(first.browser.isConnected()).toBe(true);
		await shared.release();
		expect(first.browser.isConnected()).toBe(false);
		// A later user gets a new browser.
		const third = await shared.acquire();
		expect(third.launched).toBe(true);
		await shared.release();
	}, 60_000);
});
