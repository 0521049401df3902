import { existsSync } from 'node:fs';
import { requirePackage } from '../lib/require-package';

/** Environment variable that points to the Chromium (or Chrome) binary to use. */
export const browserPathVariable = 'CHROMIUM_PATH';

/** Where Debian and Ubuntu's `chromium` package installs the browser. */
const systemChromium = '/usr/bin/chromium';

/**
 * Flags for a headless browser on a build machine: root needs --no-sandbox, and the
 * others stop Chromium from phoning home (this project's machines have no open network).
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
];

/**
 * The browser binary to launch: $CHROMIUM_PATH if set, else the system Chromium, else
 * Playwright's own if it is installed (undefined lets Playwright use it). The system one
 * is looked for first because it needs no Playwright loaded to find it. Throws one clear
 * message when none exists.
 */
export function chromiumExecutable(): string | undefined {
	const configured = process.env[browserPathVariable];
	if (configured) {
		if (!existsSync(configured))
			throw new Error(`${browserPathVariable} is set to ${configured}, but no file exists there.\n${installHint()}`);
		return configured;
	}
	if (existsSync(systemChromium)) return systemChromium;
	if (existsSync(playwrightChromium())) return undefined;
	throw new Error(`No Chromium browser was found.\n${installHint()}`);
}

/** Where Playwright's own Chromium would be. Playwright is loaded only to ask, since it is slow to load. */
function playwrightChromium(): string {
	const { chromium } = requirePackage<typeof import('playwright')>('playwright');
	return chromium.executablePath();
}

function installHint(): string {
	return [
		'Diagrams and end-to-end tests need a Chromium browser. Either:',
		'  - install the system one: sudo apt-get install chromium fonts-liberation (it lands in /usr/bin/chromium), or',
		"  - install Playwright's own: npx playwright install chromium, or",
		`  - set ${browserPathVariable}=/path/to/chromium to use another binary.`,
	].join('\n');
}
