import { expect, test } from '@playwright/test';
import type { Fixture } from './fixture.ts';
import { serveFolder } from '../../src/lib/static-server.ts';

export interface FixtureSiteOptions {
	/** The base path the site is built for and served under, e.g. "/thesis/". */
	base?: string;
	/** Extra environment for the build. */
	env?: Record<string, string>;
}

/**
 * Builds `fixture` before the tests of the enclosing describe and serves it; stops the
 * server and deletes the fixture after them. A failed build fails the describe with its
 * output. `url` is the server's origin and `buildOutput` what the build printed, both
 * available inside the tests. The describe's tests run in order in one worker, so that the
 * fixture is built once.
 */
export function serveFixture(
	fixture: Fixture,
	{ base = '/', env = {} }: FixtureSiteOptions = {},
): { readonly url: string; readonly buildOutput: string } {
	test.describe.configure({ mode: 'default' });
	let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
	let buildOutput = '';
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		const build = await fixture.build(env);
		expect(build.status, build.output).toBe(0);
		buildOutput = build.output;
		server = await serveFolder(fixture.outDir, base);
	});
	test.afterAll(async () => {
		await server?.close();
		fixture.dispose();
	});
	return {
		get url() {
			if (!server) throw new Error('the fixture site is served only inside its tests');
			return server.url;
		},
		get buildOutput() {
			return buildOutput;
		},
	};
}
