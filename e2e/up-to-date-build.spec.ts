import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture.ts';

// `npm run build` builds nothing when nothing it reads changed since the site was built and
// the site is as that build left it; what counts as a change (a content file, a setting, a
// file of the site) is unit-tested with the record (src/__tests__/build-record.test.ts),
// and that `-- --force` reaches the build with the build script
// (src/__tests__/build-script.test.ts). Here, real builds of the small fixture thesis.
test('`npm run build` with nothing changed leaves the site as it is, says so, and builds again once something changed', async () => {
	test.setTimeout(400_000);
	const fixture = new Fixture(resolve('e2e/fixtures/small-thesis'));
	const summary = () => join(fixture.outDir, 'summary', 'index.html');
	const upToDate = /Nothing changed since .*dist\/ was built .*: it is up to date\./;
	try {
		const first = await fixture.buildWithScript();
		expect(first.status, first.output).toBe(0);
		expect(first.output).not.toMatch(upToDate);
		const builtAt = statSync(summary()).mtimeMs;

		const unchanged = await fixture.buildWithScript();
		expect(unchanged.status, unchanged.output).toBe(0);
		expect(unchanged.output).toMatch(upToDate);
		expect(unchanged.output).not.toMatch(/\[build\]/);
		expect(statSync(summary()).mtimeMs).toBe(builtAt);

		fixture.append('chapters/summary.mdx', '\nA sentence added after the first build.\n');
		const edited = await fixture.buildWithScript();
		expect(edited.status, edited.output).toBe(0);
		expect(edited.output).not.toMatch(upToDate);
		expect(edited.output).toMatch(/Changed since the last build: \S*content\/chapters\/summary\.mdx\./);
		expect(readFileSync(summary(), 'utf8')).toContain('A sentence added after the first build.');
	} finally {
		fixture.dispose();
	}
});
