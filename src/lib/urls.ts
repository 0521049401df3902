/** A site-internal URL under the configured base path (works for `/` and `/thesis/`). */
export function siteHref(path: string): string {
	const base = import.meta.env.BASE_URL.replace(/\/$/, '');
	const clean = path.replace(/^\//, '');
	return `${base}/${clean}`;
}
