import { expect, test } from '@playwright/test';
import { samplePaths } from './support/site.ts';
import { wcagCheck } from './support/axe.ts';

// One page per theme visits every sample path (a fresh page per path cost a browser
// process each); each path is a step of its own, and its violations fail it without
// stopping the others.
for (const colorScheme of ['light', 'dark'] as const) {
	test(`in the ${colorScheme} theme no sample page has a WCAG 2.2 AA violation`, async ({ page }) => {
		test.setTimeout(30_000 + samplePaths.length * 20_000);
		await page.emulateMedia({ colorScheme });
		for (const path of samplePaths) {
			await test.step(`${path} has no WCAG 2.2 AA violation`, async () => {
				await page.goto(path);
				const results = await wcagCheck(page).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
				);
				expect.soft(summary, `${path} (${colorScheme})`).toEqual([]);
			});
		}
	});
}

test('the mobile menu and the focused theme toggle pass axe too', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(samplePaths[1]);
	await page.getByRole('button', { name: 'Contents' }).click();
	await expect(page.getByRole('navigation', { name: 'Thesis contents', exact: true })).toBeVisible();
	await page.getByRole('button', { name: 'Dark theme' }).focus();
	const results = await wcagCheck(page).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});
