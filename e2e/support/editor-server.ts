import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { expect, test } from '@playwright/test';
import type { Fixture } from './fixture';
import { freePort } from './free-port';

/**
 * Runs `npm run edit` (the dev server with the browser editor) on a copy of a fixture
 * thesis for the tests of the enclosing describe, and stops it and deletes the copy after
 * them. The describe's tests run in order in one worker, against one server, once the
 * editor has been shown a first time (Vite bundles its code, React and Keystatic, on the
 * first start, which a loaded machine can take minutes over).
 */
export function serveEditor(fixture: Fixture): { readonly url: string } {
	// A dev server renders and bundles on request: on a busy machine a test takes minutes.
	test.describe.configure({ mode: 'default', timeout: 240_000 });
	let server: { url: string; stop: () => Promise<void> } | undefined;
	test.beforeAll(async ({ browser }) => {
		test.setTimeout(300_000);
		server = await startEditor(fixture);
		const page = await browser.newPage();
		await page.goto(`${server.url}/keystatic/`);
		await expect(page.getByRole('link', { name: 'Dashboard' })).toBeVisible({ timeout: 240_000 });
		await page.close();
	});
	test.afterAll(async () => {
		await server?.stop();
		fixture.dispose();
	});
	return {
		get url() {
			if (!server) throw new Error('the editor is served only inside its tests');
			return server.url;
		},
	};
}

/** `npm run edit` in the fixture's project, on a free port; resolves once the editor is served. */
async function startEditor(fixture: Fixture): Promise<{ url: string; stop: () => Promise<void> }> {
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
	return { url: `http://127.0.0.1:${port}`, stop: () => stop(child) };
}

function stop(child: ChildProcess): Promise<void> {
	if (child.exitCode !== null) return Promise.resolve();
	return new Promise((done) => {
		child.on('exit', () => done());
		child.kill('SIGTERM');
	});
}
