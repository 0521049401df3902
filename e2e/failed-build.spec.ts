import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture.ts';

// That a failed build leaves the last good dist/ in place is a unit test of the build
// script (src/__tests__/build-script.test.ts); here, what a real failed build of the
// generator's small fixture thesis prints. The editor's mistakes one by one are unit tests
// of the content rules (src/__tests__/content-rules.test.ts).
test('a failed build prints every problem with file:line, exits non-zero, and publishes nothing', async () => {
	test.setTimeout(300_000);
	const fixture = new Fixture(resolve('e2e/fixtures/small-thesis'))
		.replace('dynamics/cloud-platforms.mdx', '<Figure id="data-flow" />', '<Figure id="data-fl" />')
		.append('chapters/summary.mdx', '\nHome is {process.env.HOME}.\n');
	try {
		const failed = await fixture.buildWithScript();
		expect(failed.status).not.toBe(0);
		expect(failed.output).toMatch(/3 problems in the content:/);
		expect(failed.output).toMatch(
			new RegExp(
				`dynamics/cloud-platforms\\.mdx:${fixture.lineOf('dynamics/cloud-platforms.mdx', '<Figure id="data-fl"')}:1: <Figure id="data-fl" /> names no figure\\s+fix: did you mean "data-flow"\\?`,
			),
		);
		expect(failed.output).toMatch(
			new RegExp(
				`chapters/summary\\.mdx:${fixture.lineOf('chapters/summary.mdx', 'process.env.HOME')}:9: \\{process\\.env\\.HOME\\} is an expression`,
			),
		);
		expect(failed.output).not.toMatch(/unhandled error|at .*node_modules|\n\s+at /);
		expect(failed.output).toMatch(/The build failed: .*dist\/ was left as it was\./);
		expect(existsSync(fixture.outDir)).toBe(false);
		expect(existsSync(`${fixture.outDir}.next`)).toBe(false);
	} finally {
		fixture.dispose();
	}
});
