import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Fixture } from './support/fixture';
import { serveFixture } from './support/served-fixture';

// Each case runs a full build; run them one at a time so they do not compete for the CPU.
test.describe.configure({ mode: 'serial' });

const newDynamic = `---
title: "Fixture dynamic added by an editor"
summary: "A dynamic that exists only in this test fixture."
category: "technology"
position: 4
relatedChallenges: ["data-privacy-and-security"]
concepts: ["cloud-computing"]
conceptLinks: false
---

Body text of the fixture dynamic, about cloud computing.
`;

test.describe('a new MDX file in content/dynamics/ appears everywhere with no code change', () => {
	const fixture = new Fixture()
		.write('dynamics/fixture-dynamic.mdx', newDynamic)
		.replace('thesis.json', '"keywords": [],', '"keywords": [],\n  "editBaseUrl": "https://example.org/thesis/edit/main/content/",')
		.replace('dynamics/organizational-and-marketing-system.mdx', 'production mode, such as crowdsourcing', 'production mode, such as <span data-concept-link="off">crowdsourcing</span>');
	const site = serveFixture(fixture);

	test('its own page, numbered after the last technology dynamic', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.locator('h1')).toContainText('2.1 (4)');
		await expect(page.locator('h1')).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('main')).toContainText('Body text of the fixture dynamic, about cloud computing.');
	});

	test('an “Edit this page” link to its source once a repository is configured', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.getByRole('link', { name: 'Edit this page' })).toHaveAttribute('href', 'https://example.org/thesis/edit/main/content/dynamics/fixture-dynamic.mdx');
	});

	test('its concepts: a tag, a place in “Discussed in”, and no linked mentions since it opts out', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/fixture-dynamic/`);
		await expect(page.getByRole('navigation', { name: 'Concepts on this page' }).getByRole('link', { name: 'cloud computing' })).toBeVisible();
		await expect(page.locator('article a.concept-link')).toHaveCount(0);
		await page.goto(`${site.url}/concepts/cloud-computing/`);
		await expect(page.locator('.discussions')).toContainText('Fixture dynamic added by an editor');
	});

	test('one mention opts out of its concept link; the next mention is linked instead', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/organizational-and-marketing-system/`);
		const off = page.locator('article [data-concept-link="off"]');
		await expect(off).toHaveText('crowdsourcing');
		await expect(off.locator('a')).toHaveCount(0);
		await expect(page.locator('article a.concept-link', { hasText: 'crowdsourcing' })).toHaveCount(1);
	});

	test('the index, the navigation and previous/next', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/`);
		const technology = page.getByRole('region', { name: '2.1 Technology dynamics' });
		await expect(technology.getByRole('listitem')).toHaveCount(4);
		await expect(technology.getByRole('link').last()).toContainText('Fixture dynamic added by an editor');
		await expect(page.getByRole('navigation', { name: 'Thesis contents', exact: true })).toContainText('2.1 (4) Fixture dynamic added by an editor');

		await page.goto(`${site.url}/dynamics/technological-innovation/`);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/fixture-dynamic\/$/);
		await page.locator('a[rel="next"]').click();
		await expect(page).toHaveURL(/\/dynamics\/traditional-industries-upgrade\/$/);
	});

	test('the challenge it declares lists it back', async ({ page }) => {
		await page.goto(`${site.url}/challenges/data-privacy-and-security/`);
		await expect(page.getByRole('region', { name: 'Related dynamics' }).getByRole('link', { name: /Fixture dynamic/ })).toBeVisible();
	});

	test('Fig. 1 draws it, and the relations map joins it to its challenge', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/`);
		await expect(page.locator('#figure-drives .diagram-labels')).toContainText('(4) Fixture dynamic added by an editor');
		await expect(page.locator('#figure-drives svg')).toContainText('Fixture dynamic added by an editor');
		await page.goto(`${site.url}/challenges/`);
		await expect(page.locator('#relations-map svg')).toContainText('Fixture dynamic added by an editor');
		await expect(page.locator('#relations-map .diagram-text')).toContainText('concerns 2.1 (2) Integration of big data; 2.1 (4) Fixture dynamic added by an editor.');
	});
});

test.describe('a long group of dynamics keeps every page’s contents short', () => {
	// 30 more social dynamics: 34 in 2.2, more than the contents list on one page.
	const fixture = new Fixture();
	for (let n = 5; n <= 34; n++) {
		fixture.write(
			`dynamics/long-group-${n}.mdx`,
			`---\ntitle: "Long group dynamic ${n}"\nsummary: "One of many social dynamics."\ncategory: "social"\nposition: ${n}\nrelatedChallenges: []\nconcepts: []\n---\n\nText of dynamic ${n}.\n`,
		);
	}
	const site = serveFixture(fixture);

	test('the contents show a window around the page and link to the whole group', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/long-group-20/`);
		const nav = page.getByRole('navigation', { name: 'Thesis contents', exact: true });
		await expect(nav.locator('[aria-current="page"]')).toContainText('2.2 (20) Long group dynamic 20');
		const social = nav.locator('li:has(> a[href="/dynamics/#social"]) > ul > li');
		await expect(social).toHaveCount(26);
		await expect(social.first()).toContainText('2.2 (8)');
		await expect(social.nth(24)).toContainText('2.2 (32)');
		await social.last().getByRole('link', { name: 'All 34 in 2.2 Social dynamics' }).click();
		await expect(page).toHaveURL(/\/dynamics\/#social$/);
		await expect(page.getByRole('region', { name: '2.2 Social dynamics' }).getByRole('listitem')).toHaveCount(34);
	});

	test('a short group stays whole', async ({ page }) => {
		await page.goto(`${site.url}/dynamics/long-group-20/`);
		const nav = page.getByRole('navigation', { name: 'Thesis contents', exact: true });
		await expect(nav.locator('a[href^="/challenges/"]')).toHaveCount(5);
		await expect(nav.getByRole('link', { name: /^All / })).toHaveCount(1);
	});
});

test.describe('an editor’s mistake fails the build and names the file', () => {
	const cases: { name: string; edit: (fixture: Fixture) => RegExp; message: RegExp; env?: Record<string, string> }[] = [
		{
			name: 'a reference to a challenge that does not exist',
			edit: (f) => lineIn(f.replace('dynamics/big-data-integration.mdx', '"data-privacy-and-security"', '"no-such-challenge"'), 'dynamics/big-data-integration.mdx', 'no-such-challenge'),
			message: /relatedChallenges refers to "no-such-challenge", which does not exist/,
		},
		{
			name: 'invalid frontmatter',
			edit: (f) => (f.replace('dynamics/big-data-integration.mdx', 'category: "technology"', 'category: "economic"'), /dynamics\/big-data-integration\.mdx/),
			message: /category must be one of: technology, social/,
		},
		{
			name: 'two dynamics with the same position',
			edit: (f) => (f.replace('dynamics/big-data-integration.mdx', 'position: 2', 'position: 1'), /dynamics\/(big-data-integration|new-information-infrastructure)\.mdx/),
			message: /category and position "technology 1" is also used by/,
		},
		{
			name: 'dynamics without an index chapter',
			edit: (f) => (f.remove('chapters/dynamics.mdx'), /content\/chapters/),
			message: /no chapter has `lists: "dynamics"`/,
		},
		{
			name: 'a Mermaid syntax error in a figure (.md)',
			edit: (f) => lineIn(f.replace('figures/infrastructure.md', '  cloud --- network --- terminal', '  cloud --- network --- -->'), 'figures/infrastructure.md', 'network --- -->'),
			message: /Mermaid cannot parse this diagram: Parse error on line \d+/,
		},
		{
			name: 'a Mermaid syntax error in a page (.mdx)',
			edit: (f) => {
				f.write('dynamics/economic-development.mdx', `${readContent(f, 'dynamics/economic-development.mdx')}\n\n\`\`\`mermaid\nflowchart LR\n  A --> B\n  B -->\n\`\`\`\n`);
				return lineIn(f, 'dynamics/economic-development.mdx', '  B -->');
			},
			message: /Mermaid cannot parse this diagram: Parse error on line \d+/,
		},
		{
			name: 'a figure id that does not exist',
			edit: (f) => lineIn(f.replace('dynamics/big-data-integration.mdx', '<Figure id="big-data-system" />', '<Figure id="big-data" />'), 'dynamics/big-data-integration.mdx', '<Figure id="big-data" />'),
			message: /<Figure id="big-data" \/> names no figure\s+fix: did you mean "big-data-system"\?/,
		},
		{
			name: 'a cross-reference to a figure that does not exist',
			edit: (f) => lineIn(f.replace('chapters/dynamics.mdx', '<FigureRef id="drives" />', '<FigureRef id="drive" />'), 'chapters/dynamics.mdx', 'FigureRef id="drive"'),
			message: /<FigureRef id="drive" \/> names no figure\s+fix: did you mean "drives"\?/,
		},
		{
			name: 'a concept id that does not exist',
			edit: (f) => lineIn(f.replace('dynamics/big-data-integration.mdx', '"datamation"]', '"datamations"]'), 'dynamics/big-data-integration.mdx', 'datamations'),
			message: /concepts refers to "datamations", which does not exist\s+fix: did you mean "datamation"\?/,
		},
		{
			name: 'a related concept that does not exist',
			edit: (f) => lineIn(f.replace('concepts/big-data.mdx', 'related: [', 'related: ["no-such-concept", '), 'concepts/big-data.mdx', 'no-such-concept'),
			message: /related refers to "no-such-concept", which does not exist/,
		},
		{
			name: 'a figure without a description',
			edit: (f) => (f.replace('figures/infrastructure.md', /description: ".*"/.exec(readContent(f, 'figures/infrastructure.md'))![0], 'description: ""'), /figures\/infrastructure\.md/),
			message: /description must not be empty: it is the text alternative of the figure/,
		},
		{
			name: 'a heading that skips a level',
			edit: (f) => {
				f.write('dynamics/economic-development.mdx', `${readContent(f, 'dynamics/economic-development.mdx')}\n#### Too deep\n\nText.\n`);
				return lineIn(f, 'dynamics/economic-development.mdx', '#### Too deep');
			},
			message: /heading "Too deep" skips a level \(h1 to h4\)\s+fix: use ## here/,
		},
		{
			name: 'a link to a page that does not exist',
			edit: (f) => {
				f.write('chapters/summary.mdx', `${readContent(f, 'chapters/summary.mdx')}\nSee [the dynamics](/dynamic/).\n`);
				return lineIn(f, 'chapters/summary.mdx', '(/dynamic/)');
			},
			message: /the link to \/dynamic\/ leads to no page/,
		},
		{
			name: 'a link to an anchor that does not exist',
			edit: (f) => {
				f.write('chapters/summary.mdx', `${readContent(f, 'chapters/summary.mdx')}\nSee [the suggestions](/challenges/industrial-standards/#suggestion).\n`);
				return lineIn(f, 'chapters/summary.mdx', '#suggestion)');
			},
			message: /\/challenges\/industrial-standards\/ has no #suggestion\s+fix: use one of: .*#suggestions/,
		},
		{
			name: 'frontmatter that is not YAML',
			edit: (f) => lineIn(f.replace('chapters/summary.mdx', 'section: "4"', 'section: "4'), 'chapters/summary.mdx', 'section: "4'),
			message: /frontmatter is not valid YAML/,
		},
		{
			name: 'several mistakes at once are all reported',
			edit: (f) => {
				f.replace('dynamics/big-data-integration.mdx', 'position: 2', 'position: 0');
				f.replace('challenges/industrial-standards.mdx', 'section: "3.4"', 'section: "3.3"');
				return /2 problems in the content:[\s\S]*big-data-integration\.mdx:5: position: position starts at 1/;
			},
			message: /challenges\/industrial-standards\.mdx:4: section "3\.3" is also used by .*data-privacy-and-security\.mdx/,
		},
		{
			name: 'no browser to draw the diagrams',
			edit: () => /CHROMIUM_PATH is set to \/no\/such\/chromium, but no file exists there/,
			env: { CHROMIUM_PATH: '/no/such/chromium' },
			message: /sudo apt-get install chromium fonts-liberation[\s\S]*npx playwright install chromium[\s\S]*set CHROMIUM_PATH=/,
		},
	];
	for (const { name, edit, message, env } of cases) {
		test(name, () => {
			test.setTimeout(300_000);
			const fixture = new Fixture();
			try {
				const file = edit(fixture);
				const build = fixture.build(env);
				expect(build.status, build.output).not.toBe(0);
				expect(build.output).toMatch(file);
				expect(build.output).toMatch(message);
			} finally {
				fixture.dispose();
			}
		});
	}
});

test.describe('the diagram cache', () => {
	test('a rebuild with unchanged sources renders no diagram; a broken diagram still fails with a warm cache', () => {
		test.setTimeout(300_000);
		const fixture = new Fixture();
		try {
			const cold = fixture.build();
			expect(cold.status, cold.output).toBe(0);
			expect(cold.output).toMatch(/diagrams: 4 rendered, 0 from cache \(1 browser started\)/);

			const warm = fixture.build();
			expect(warm.status, warm.output).toBe(0);
			expect(warm.output).toMatch(/diagrams: 0 rendered, 4 from cache \(0 browsers started\)/);

			fixture.replace('figures/big-data-system.md', '  productivity --> internetplus', '  productivity --> scale["A new node"]\n  productivity --> internetplus');
			const changed = fixture.build();
			expect(changed.status, changed.output).toBe(0);
			expect(changed.output).toMatch(/diagrams: 1 rendered, 3 from cache \(1 browser started\)/);

			fixture.replace('figures/big-data-system.md', 'productivity --> scale["A new node"]', 'productivity --> -->');
			const broken = fixture.build();
			expect(broken.status, broken.output).not.toBe(0);
			expect(broken.output).toMatch(new RegExp(`figures/big-data-system\\.md:${fixture.lineOf('figures/big-data-system.md', 'productivity --> -->')}: Mermaid cannot parse this diagram`));
		} finally {
			fixture.dispose();
		}
	});
});

function readContent(fixture: Fixture, file: string): string {
	return readFileSync(join(fixture.contentDir, file), 'utf8');
}

/** The pattern "file:line" of the line that holds `text`, for asserting an error location. */
function lineIn(fixture: Fixture, file: string, text: string): RegExp {
	return new RegExp(`${file.replace(/[.]/g, '\\.')}:${fixture.lineOf(file, text)}\\b`);
}

test.describe('atomic output', () => {
	test('a failed build leaves the previous site and the content untouched, and nothing half-built', () => {
		test.setTimeout(300_000);
		const fixture = new Fixture();
		try {
			const first = fixture.buildWithScript();
			expect(first.status, first.output).toBe(0);
			const home = join(fixture.outDir, 'index.html');
			const before = readFileSync(home, 'utf8');
			const contentBefore = snapshot(fixture.contentDir);

			fixture.replace('dynamics/big-data-integration.mdx', '<Figure id="big-data-system" />', '<Figure id="no-such-figure" />');
			const brokenContent = snapshot(fixture.contentDir);
			const failed = fixture.buildWithScript();
			expect(failed.status).not.toBe(0);
			expect(failed.output).toMatch(/The build failed: .*dist\/ was left as it was\./);
			expect(readFileSync(home, 'utf8')).toBe(before);
			expect(existsSync(`${fixture.outDir}.next`)).toBe(false);
			expect(snapshot(fixture.contentDir)).toEqual(brokenContent);
			expect(brokenContent).not.toEqual(contentBefore);
		} finally {
			fixture.dispose();
		}
	});
});

/** Every file of a folder with its text, to prove nothing changed it. */
function snapshot(folder: string): Record<string, string> {
	return Object.fromEntries(
		readdirSync(folder, { recursive: true, encoding: 'utf8' })
			.filter((name) => statSync(join(folder, name)).isFile())
			.sort()
			.map((name) => [name, readFileSync(join(folder, name), 'utf8')]),
	);
}
