import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture';
import { serveFolder } from './support/static-server';

// Editors' mistakes are unit tests of the content rules (src/__tests__/content-rules.test.ts);
// here: a real build of a new page, and what a real failed build prints. These are tests of
// the generator, so they build a small thesis made for them (e2e/fixtures/small-thesis/:
// two technology dynamics, one social, one challenge, two concepts, two figures), never
// content/, and may name its pages and counts.
const smallThesis = resolve('e2e/fixtures/small-thesis');

const newDynamic = `---
title: "Fixture dynamic added by an editor"
summary: "A dynamic that exists only in this test fixture."
category: "technology"
position: 3
relatedChallenges: ["data-protection"]
concepts: ["cloud-computing"]
conceptLinks: false
---

Body text of the fixture dynamic, about cloud computing.
`;

test.describe('a new MDX file in content/dynamics/ appears everywhere with no code change', () => {
	let fixture: Fixture | undefined;
	let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
	const site = {
		get url() {
			if (!server) throw new Error('the fixture site is served only inside its tests');
			return server.url;
		},
	};
	test.beforeAll(async () => {
		test.setTimeout(300_000);
		fixture = new Fixture(smallThesis)
			.write('dynamics/fixture-dynamic.mdx', newDynamic)
			.replace(
				'thesis.json',
				'"keywords": [],',
				'"keywords": [],\n  "editBaseUrl": "https://example.org/thesis/edit/main/content/",',
			)
			.replace(
				'dynamics/open-data.mdx',
				'production mode, such as crowdsourcing',
				'production mode, such as <span data-concept-link="off">crowdsourcing</span>',
			);
		const build = fixture.build();
		expect(build.status, build.output).toBe(0);
		server = await serveFolder(fixture.outDir, '/');
	});
	test.afterAll(async () => {
		await server?.close();
		fixture?.dispose();
	});

	test('its own page, numbered after the last technology dynamic', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.locator('h1')).toContainText('2.1 (3)');
		await expect(page.locator('h1')).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('main')).toContainText('Body text of the fixture dynamic, about cloud computing.');
	});

	test('an “Edit this page” link to its source once a repository is configured', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute(
			'href',
			'https://example.org/thesis/edit/main/content/dynamics/fixture-dynamic.mdx',
		);
	});

	test('its concepts: a tag, a place in “Discussed in”, and no linked mentions since it opts out', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(
			page.getByRole('navigation', { name: 'Concepts on this page' }).getByRole('link', { name: 'cloud computing' }),
		).toBeVisible();
		await expect(page.locator('article a.concept-link')).toHaveCount(0);
		await page.goto(`${site.url}/concepts/cloud-computing/`);
		await expect(page.locator('.discussions')).toContainText('Fixture dynamic added by an editor');
	});

	test('one mention opts out of its concept link; the next mention is linked instead', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/open-data/`);
		const off = page.locator('article [data-concept-link="off"]');
		await expect(off).toHaveText('crowdsourcing');
		await expect(off.locator('a')).toHaveCount(0);
		await expect(page.locator('article a.concept-link', { hasText: 'crowdsourcing' })).toHaveCount(1);
	});

	test('the index, the navigation and previous/next', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/`);
		const technology = page.getByRole('region', { name: '2.1 Technology dynamics' });
		await expect(technology.getByRole('listitem')).toHaveCount(3);
		await expect(technology.getByRole('link').last()).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('navigation', { name: 'Thesis contents', exact: true })).toContainText(
			'2.1 (3) Fixture dynamic added by an editor',
		);

		await page.goto(`${site.url}/dynamics/open-data/`);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/fixture-dynamic\/$/);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/new-work\/$/);
	});

	test('the challenge it declares lists it back', async ({ page }) => {
		await page.goto(`${site.url}/challenges/data-protection/`);
		await expect(
			page.getByRole('region', { name: 'Related dynamics' }).getByRole('link', { name: /Fixture dynamic/ }),
		).toBeVisible();
	});

	test('Fig. 1 draws it, and the relations map joins it to its challenge', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/`);
		await expect(page.locator('#figure-drives .diagram-labels')).toContainText(
			'(3) Fixture dynamic added by an editor',
		);
		await expect(page.locator('#figure-drives svg')).toContainText('Fixture dynamic added by an editor');
		await page.goto(`${site.url}/challenges/`);
		await expect(page.locator('#relations-map svg')).toContainText('Fixture dynamic added by an editor');
		await expect(page.locator('#relations-map .diagram-text')).toContainText(
			'concerns 2.1 (2) Open data; 2.1 (3) Fixture dynamic added by an editor.',
		);
	});
});

// That a failed build leaves the last good dist/ in place is a unit test of the build
// script (src/__tests__/build-script.test.ts); here, what a real failed build prints.
test('a failed build prints every problem with file:line, exits non-zero, and publishes nothing', () => {
	test.setTimeout(300_000);
	const fixture = new Fixture(smallThesis)
		.replace('dynamics/cloud-platforms.mdx', '<Figure id="data-flow" />', '<Figure id="data-fl" />')
		.append('chapters/summary.mdx', '\nHome is {process.env.HOME}.\n');
	try {
		const failed = fixture.buildWithScript();
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

test('no browser to draw the diagrams: the build says how to get one', () => {
	test.setTimeout(300_000);
	const fixture = new Fixture(smallThesis);
	try {
		const build = fixture.build({ CHROMIUM_PATH: '/no/such/chromium' });
		expect(build.status).not.toBe(0);
		expect(build.output).toMatch(/CHROMIUM_PATH is set to \/no\/such\/chromium, but no file exists there/);
		expect(build.output).toMatch(
			/sudo apt-get install chromium fonts-liberation[\s\S]*npx playwright install chromium[\s\S]*set CHROMIUM_PATH=/,
		);
	} finally {
		fixture.dispose();
	}
});

test.describe('the diagram cache', () => {
	test('a rebuild with unchanged sources renders no diagram; a broken diagram still fails with a warm cache', () => {
		test.setTimeout(300_000);
		const fixture = new Fixture(smallThesis);
		try {
			const cold = fixture.build();
			expect(cold.status, cold.output).toBe(0);
			expect(cold.output).toMatch(/diagrams: 3 rendered, 0 from cache \(1 browser started\)/);

			const warm = fixture.build();
			expect(warm.status, warm.output).toBe(0);
			expect(warm.output).toMatch(/diagrams: 0 rendered, 3 from cache \(0 browsers started\)/);

			fixture.replace(
				'figures/data-flow.md',
				'  platform --> users["Users"]',
				'  platform --> more["A new node"]\n  platform --> users["Users"]',
			);
			const changed = fixture.build();
			expect(changed.status, changed.output).toBe(0);
			expect(changed.output).toMatch(/diagrams: 1 rendered, 2 from cache \(1 browser started\)/);

			fixture.replace('figures/data-flow.md', 'platform --> more["A new node"]', 'platform --> -->');
			const broken = fixture.build();
			expect(broken.status, broken.output).not.toBe(0);
			expect(broken.output).toMatch(
				new RegExp(
					`figures/data-flow\\.md:${fixture.lineOf('figures/data-flow.md', 'platform --> -->')}: Mermaid cannot parse this diagram`,
				),
			);
		} finally {
			fixture.dispose();
		}
	});
});
