import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test, type Page } from '@playwright/test';
import type { Fixture } from './fixture.ts';
import { freePort } from './free-port.ts';

/**
 * Runs `npm run edit` (the dev server with the browser editor) on a copy of a fixture
 * thesis for the tests of the enclosing describe, and stops it and deletes the copy after
 * them. The describe's tests run in order in one worker, against one server, in one page
 * where the editor is already open: the editor's code is some 8 MB of JavaScript in
 * development, which a loaded machine can take most of a minute to load, so tests move
 * within it as an editor does (its links and buttons) rather than load it again. On a
 * failure, the page as it was and what the server printed are attached to the test.
 */
export function serveEditor(fixture: Fixture): { readonly url: string; readonly page: Page } {
	// A dev server bundles and renders on request; on a busy 2-core machine a first request
	// can stall past any timeout, so a failed test is tried once more on a fresh server.
	test.describe.configure({ mode: 'default', timeout: 240_000, retries: 1 });
	let server: EditorServer | undefined;
	let page: Page | undefined;
	test.beforeAll(async ({ browser }) => {
		// The first start bundles the editor's code (React, Keystatic) with Vite.
		test.setTimeout(300_000);
		server = await startEditor(fixture);
		page = await browser.newPage();
		await page.goto(`${server.url}/keystatic/`);
		await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible({ timeout: 240_000 });
	});
	test.afterEach(async () => {
		const testInfo = test.info();
		if (testInfo.status === testInfo.expectedStatus) return;
		if (page) await testInfo.attach('editor', { body: await page.screenshot(), contentType: 'image/png' });
		if (server) await testInfo.attach('npm run edit', { body: server.output(), contentType: 'text/plain' });
	});
	test.afterAll(async () => {
		await page?.close();
		await server?.stop();
		fixture.dispose();
	});
	return {
		get url() {
			if (!server) throw new Error('the editor is served only inside its tests');
			return server.url;
		},
		get page() {
			if (!page) throw new Error('the editor is open only inside its tests');
			return page;
		},
	};
}

interface EditorServer {
	url: string;
	/** What the server has printed so far. */
	output: () => string;
	stop: () => Promise<void>;
}

/** `npm run edit` in the fixture's project, on a free port; resolves once the editor is served. */
async function startEditor(fixture: Fixture): Promise<EditorServer> {
	const port = await freePort();
	const child = spawn(
		process.execPath,
		[resolve('node_modules/astro/bin/astro.mjs'), 'dev', '--host', '127.0.0.1', '--port', String(port)],
		{
			cwd: fixture.projectDir,
			env: {
				...process.env,
				THESIS_EDITOR: '1',
				THESIS_CONTENT_DIR: fixture.contentDir,
				THESIS_CACHE_DIR: fixture.cacheDir,
				NO_COLOR: '1',
				FORCE_COLOR: '0',
			},
		},
	);
	let output = '';
	await new Promise<void>((ready, fail) => {
		const read = (chunk: Buffer) => {
			output += stripVTControlCharacters(String(chunk));
			if (output.includes('the editor is at')) ready();
		};
		child.stdout.on('data', read);
		child.stderr.on('data', read);
		child.on('error', fail);
		child.on('exit', (code) => fail(new Error(`npm run edit stopped (${code}) before serving:\n${output}`)));
	});
	return { url: `http://127.0.0.1:${port}`, output: () => output, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((done) => {
		child.on('exit', () => done());
		child.kill('SIGTERM');
	});
}
