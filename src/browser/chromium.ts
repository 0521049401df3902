import { existsSync, realpathSync, statSync } from 'node:fs';
import { requirePackage } from '../lib/require-package.ts';

/** Environment variable that points to the Chromium (or Chrome) binary to use. */
export const browserPathVariable = 'CHROMIUM_PATH';

/**
 * Where Debian's packages install the browser: the headless shell first (it starts in about
 * half the time and prints the same PDF, see chromiumArgs), then the full `chromium`.
 */
export const systemChromiums = ['/usr/bin/chromium-headless-shell', '/usr/bin/chromium'];

/**
 * Flags for a headless browser on a build machine: root needs --no-sandbox, and the
 * others stop Chromium from phoning home (this project's machines have no open network).
 */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	// The headless shell hints glyph advances by default, which breaks the PDF's lines
	// elsewhere than full Chromium does; unhinted, both lay out and print the same.
	'--font-render-hinting=none',
];

/**
 * Flags for a browser that draws the diagrams or prints the PDF (the build's shared one, or
 * one launched for a single PDF: pdf/render.ts), which opens a page or two and never browses:
 * no zygote processes, and the GPU and network services inside the browser process, so two
 * to three fewer processes start. In alternating cold builds, 9 of 10 were faster with them,
 * by 0.27 s on average; the PDF is the same byte for byte.
 */
export const drawingBrowserArgs = [
	...chromiumArgs,
	'--no-zygote',
	'--in-process-gpu',
	'--enable-features=NetworkServiceInProcess2',
];

/**
 * The browser binary to launch: $CHROMIUM_PATH if set, else a system Chromium (the headless
 * shell first), else Playwright's own if it is installed (undefined lets Playwright use it).
 * The system ones are looked for first because they need no Playwright loaded to find them.
 * Throws one clear message when none exists.
 */
export function chromiumExecutable(): string | undefined {
	const configured = process.env[browserPathVariable];
	if (configured) {
		if (!existsSync(configured))
			throw new Error(`${browserPathVariable} is set to ${configured}, but no file exists there.\n${installHint()}`);
		return configured;
	}
	const system = systemChromiums.find((path) => existsSync(path));
	if (system) return system;
	if (existsSync(playwrightChromium())) return undefined;
	throw new Error(`No Chromium browser was found.\n${installHint()}`);
}

/**
 * Which browser a build draws with, for what caches and the up-to-date check compare: its
 * binary's real path, size and time, so an upgraded Chromium (which may lay pages out
 * differently) draws again. Read from the file system: asking the browser its version
 * would start it.
 */
export function browserIdentity(executable: string | undefined): string {
	if (!executable) return `playwright ${requirePackage<{ version: string }>('playwright/package.json').version}`;
	try {
		const binary = realpathSync(executable);
		const { size, mtimeMs } = statSync(binary);
		return `${binary} ${size} ${mtimeMs}`;
	} catch {
		return executable;
	}
}

/** Where Playwright's own Chromium would be. Playwright is loaded only to ask, since it is slow to load. */
function playwrightChromium(): string {
	const { chromium } = requirePackage<typeof import('playwright')>('playwright');
	return chromium.executablePath();
}

function installHint(): string {
	return [
		'Diagrams and end-to-end tests need a Chromium browser. Either:',
		'  - install the system one: sudo apt-get install chromium-headless-shell fonts-liberation (it lands in /usr/bin/chromium-headless-shell), or',
		"  - install Playwright's own: npx playwright install chromium, or",
		`  - set ${browserPathVariable}=/path/to/chromium to use another binary.`,
	].join('\n');
}
