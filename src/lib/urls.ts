import { paths } from '../model/routes';

/** A site-internal URL under the configured base path (works for `/` and `/thesis/`). */
export function siteHref(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const clean = path.replace(/^\//, '');
	return `${base}/${clean}`;
}

/** The absolute URL of a site href (from siteHref or a page), for citations, canonical links and link previews. */
export function absoluteUrl(href: string): string {
	return new URL(href, import.meta.env.SITE).href;
}

/** The pages that stand beside the thesis order, linked from the sidebar and the footer. */
export function companionLinks(): { title: string; href: string }[] {
	return [
		{ title: 'Full text', href: siteHref(paths.fullText) },
		{ title: 'Concepts A–Z', href: siteHref(paths.concepts) },
		{ title: 'List of figures', href: siteHref(paths.figures) },
	];
}
