import { readFileSync } from 'node:fs';
import type { Page } from 'playwright';
import { projectRequire } from '../lib/require-package.ts';

/** The axe-core tags of WCAG 2.2 level AA (and the levels it includes): the bar every page meets. */
const wcag22aa = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let axeSource: string | undefined;

/**
 * The WCAG 2.2 AA violations axe-core finds in the page as it is now (or in the part that
 * `include` selects), one line each: rule, help and the elements, e.g.
 * "image-alt: Images must have alternative text (main > img)". axe runs in the page
 * itself, injected once per document, and reports violations only: about half the time of
 * @axe-core/playwright's builder (0.4 s against 0.7 s a page here), which also configures
 * and collects every frame of the page (the site has none) on each check.
 */
export async function wcagViolations(page: Page, include?: string): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) {
		axeSource ??= readFileSync(projectRequire.resolve('axe-core/axe.min.js'), 'utf8');
		await page.evaluate(axeSource);
	}
	return page.evaluate(
		async ({ tags, include }) => {
			const { axe } = window as unknown as { axe: typeof import('axe-core') };
			const { violations } = await axe.run(include ? { include: [include] } : document, {
				runOnly: { type: 'tag', values: tags },
				resultTypes: ['violations'],
			});
			return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((node) => node.target.join(' ')).join(', ')})`);
		},
		{ tags: wcag22aa, include },
	);
}
