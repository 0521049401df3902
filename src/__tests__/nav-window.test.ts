import { describe, expect, it } from 'vitest';
import { navFor } from '../lib/nav-window.ts';
import type { NavItem } from '../model/thesis.ts';

const link = (href: string, children: NavItem[] = []): NavItem => ({ title: href, href, children });
const entries = (n: number) => Array.from({ length: n }, (_, i) => link(`/e/${i + 1}/`));
const group = (n: number) => link('/group/', entries(n));
const hrefs = (items: NavItem[]) => items.map((item) => item.href);

describe('the contents of one page', () => {
	it('keeps a short group whole', () => {
		const [shown] = navFor([group(5)], '/e/3/', 5);
		expect(hrefs(shown.children)).toEqual(['/e/1/', '/e/2/', '/e/3/', '/e/4/', '/e/5/']);
		expect(shown.omitted).toBeUndefined();
	});
	it('cuts a long group to a window centred on the current page', () => {
		const [shown] = navFor([group(100)], '/e/50/', 5);
		expect(hrefs(shown.children)).toEqual(['/e/48/', '/e/49/', '/e/50/', '/e/51/', '/e/52/']);
		expect(shown.omitted).toBe(95);
	});
	it('keeps the window inside the group at either end', () => {
		expect(hrefs(navFor([group(100)], '/e/1/', 5)[0].children)).toEqual(['/e/1/', '/e/2/', '/e/3/', '/e/4/', '/e/5/']);
		expect(hrefs(navFor([group(100)], '/e/100/', 5)[0].children)).toEqual([
			'/e/96/',
			'/e/97/',
			'/e/98/',
			'/e/99/',
			'/e/100/',
		]);
	});
	it('shows the start of a long group the page is not in', () => {
		const [shown] = navFor([group(100), link('/other/')], '/other/', 3);
		expect(hrefs(shown.children)).toEqual(['/e/1/', '/e/2/', '/e/3/']);
		expect(shown.omitted).toBe(97);
	});
	it('finds the current page in a nested group and leaves the tree it was given unchanged', () => {
		const tree = [link('/chapter/', [group(40), link('/sibling/')])];
		const [chapter] = navFor(tree, '/e/40/', 10);
		expect(hrefs(chapter.children[0].children).at(-1)).toBe('/e/40/');
		expect(chapter.children[0].children).toHaveLength(10);
		expect(tree[0].children[0].children).toHaveLength(40);
	});
	it('keeps every page within a fixed number of links however long the group', () => {
		for (const n of [100, 1000, 5000]) {
			const [shown] = navFor([group(n)], `/e/${n / 2}/`);
			expect(shown.children.length + 1).toBeLessThanOrEqual(26);
		}
	});
});
