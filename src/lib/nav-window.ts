import type { NavItem } from '../model/thesis.ts';

/**
 * The most links one group of the contents shows on a page. Every page carries the
 * contents, so listing every entry of a long group on every page would make the site
 * grow with the square of its size; a longer group shows a window around the current
 * page instead, and a link to the group's listing of all of them.
 */
export const navGroupLimit = 25;

/** Whether `item` is the page at `currentPath` or leads to it. */
function contains(item: NavItem, currentPath: string): boolean {
	return item.href === currentPath || item.children.some((child) => contains(child, currentPath));
}

/** The contents as the page at `currentPath` shows them: each long group cut to a window. */
export function navFor(items: NavItem[], currentPath: string, limit = navGroupLimit): NavItem[] {
	return items.map((item) => {
		const children = navFor(item.children, currentPath, limit);
		if (children.length <= limit) return { ...item, children };
		const current = children.findIndex((child) => contains(child, currentPath));
		const start = current < 0 ? 0 : Math.min(Math.max(current - Math.floor(limit / 2), 0), children.length - limit);
		return { ...item, children: children.slice(start, start + limit), omitted: children.length - limit };
	});
}
