import { expect, test } from '@playwright/test';
import { samplePaths } from './support/site.ts';
import { wcagViolations } from '../src/browser/wcag.ts';

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
				expect.soft(await wcagViolations(page), `${path} (${colorScheme})`).toEqual([]);
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
	expect(await wcagViolations(page)).toEqual([]);
});

// The check above must be able to fail: faults put into a page are each reported.
test('the check finds an image without alt text, faint text and a button with no name', async ({ page }) => {
	await page.goto(samplePaths[1]);
	await page
		.locator('main')
		.evaluate((main) =>
			main.insertAdjacentHTML(
				'afterbegin',
				'<img src="/favicon.svg"><p style="color:#eee;background:#fff">Faint text</p><button></button>',
			),
		);
	const rules = (await wcagViolations(page, 'main')).map((violation) => violation.split(':')[0]);
	expect(rules).toEqual(expect.arrayContaining(['button-name', 'color-contrast', 'image-alt']));
	expect(await wcagViolations(page, 'header')).toEqual([]);
});
