import type { Browser } from 'playwright';
import { requirePackage } from '../lib/require-package.ts';
import { chromiumExecutable, drawingBrowserArgs } from './chromium.ts';

/**
 * One headless Chromium shared by several users (the diagrams' page, the PDF's page):
 * launched by the first, closed when the last one releases it. Starting Chromium costs
 * about two seconds of processor time, so a build starts it once (see build-browser.ts).
 */
export class SharedBrowser {
	private browser?: Promise<Browser>;
	private users = 0;
	/** How many browsers were started. */
	launches = 0;

	/** The browser, launched if none is open; `launched` says whether this call started it. */
	async acquire(): Promise<{ browser: Browser; launched: boolean }> {
		this.users += 1;
		const launched = !this.browser;
		if (!this.browser) {
			this.launches += 1;
			// Playwright is loaded only when something is drawn: a build from the cache never needs it.
			const { chromium } = requirePackage<typeof import('playwright')>('playwright');
			this.browser = chromium.launch({ executablePath: chromiumExecutable(), args: drawingBrowserArgs });
			// A failed launch is not kept: the next user tries again (and sees the error).
			this.browser.catch(() => (this.browser = undefined));
		}
		try {
			return { browser: await this.browser, launched };
		} catch (error) {
			this.users -= 1;
			throw error;
		}
	}

	/** Gives the browser back; the last user closes it. */
	async release(): Promise<void> {
		this.users -= 1;
		if (this.users > 0 || !this.browser) return;
		const browser = this.browser;
		this.browser = undefined;
		await (await browser).close();
	}
}

const key = Symbol.for('thesis-site.shared-browser');

/** The process's one shared browser. Astro loads modules through several graphs; a global keeps one for all. */
export function sharedBrowser(): SharedBrowser {
	const holder = globalThis as { [key]?: SharedBrowser };
	holder[key] ??= new SharedBrowser();
	return holder[key];
}
