import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture.ts';
import { serveFixture } from './support/served-fixture.ts';

// Editors' mistakes are unit tests of the content rules (src/__tests__/content-rules.test.ts),
// the diagram cache and a missing browser unit tests of the diagrams (diagrams-*.test.ts);
// here: one real build of a new page (what a failed build prints is failed-build.spec.ts).
// These are tests of the generator, so they build a small thesis made for them
// (e2e/fixtures/small-thesis/: two technology dynamics, one social, one challenge, two
// concepts, two figures), never content/, and may name its pages and counts.
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
	const site = serveFixture(
		new Fixture(smallThesis)
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
			),
	);

	test('the build draws each distinct diagram once, in one browser', () => {
		expect(site.buildOutput).toMatch(/diagrams: 3 rendered, 0 from cache \(1 browser started\)/);
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
