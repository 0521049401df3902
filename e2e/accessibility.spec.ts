import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePaths } from './support/site';
import { wcag22aa } from '../src/browser/wcag';

for (const colorScheme of ['light', 'dark'] as const) {
	test.describe(`${colorScheme} theme`, () => {
		test.use({ colorScheme });
		for (const path of samplePaths) {
			test(`${path} has no WCAG 2.2 AA violation`, async ({ page }) => {
				await page.goto(path);
				const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
				const summary = results.violations.map(
					(v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
				);
				expect(summary).toEqual([]);
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
	const results = await new AxeBuilder({ page }).withTags(wcag22aa).analyze();
	expect(results.violations.map((v) => v.id)).toEqual([]);
});
