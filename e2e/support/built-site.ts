/**
 * The built site as files: every HTML page of `dist/` (or THESIS_DIST_DIR), parsed once
 * with hast. Checks that concern every page read these instead of loading each page in a
 * browser, so they are fast and do not depend on the machine's speed.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select, selectAll } from 'hast-util-select';
import { toText } from 'hast-util-to-text';

export const distDir = resolve(process.env.THESIS_DIST_DIR ?? 'dist');

export interface BuiltPage {
	/** The address it is served at: "/", "/dynamics/", "/404.html". */
	path: string;
	file: string;
	html: string;
	tree: Root;
}

let cached: BuiltPage[] | undefined;

/** A passage's resolver page (`/p/<id>/`): a redirect, not a page to read. */
const isResolver = (page: BuiltPage) => page.path.startsWith('/p/');

/** Every page of the build a reader reads, by path: all HTML but the passages' resolver pages. */
export function builtPages(): BuiltPage[] {
	return allHtml().filter((page) => !isResolver(page));
}

/** The passages' resolver pages (`/p/<id>/`), by path. */
export function builtResolvers(): BuiltPage[] {
	return allHtml().filter(isResolver);
}

function allHtml(): BuiltPage[] {
	cached ??= htmlFiles(distDir)
		.sort()
		.map((file) => {
			const html = readFileSync(file, 'utf8');
			const name = relative(distDir, file).split(sep).join('/');
			const path =
				name === 'index.html'
					? '/'
					: name.endsWith('/index.html')
						? `/${name.slice(0, -'index.html'.length)}`
						: `/${name}`;
			return { path, file, html, tree: fromHtml(html) };
		});
	return cached;
}

/** The built page served at `path`; throws if the build has none. */
export function builtPage(path: string): BuiltPage {
	const page = allHtml().find((p) => p.path === path);
	if (!page) throw new Error(`the build has no page at ${path}`);
	return page;
}

export const one = (page: BuiltPage | Element | Root, selector: string): Element | undefined =>
	select(selector, 'tree' in page ? page.tree : page);
export const all = (page: BuiltPage | Element | Root, selector: string): Element[] =>
	selectAll(selector, 'tree' in page ? page.tree : page);
export const attr = (element: Element | undefined, name: string): string | undefined => {
	const value = element?.properties[name];
	return value === undefined || value === null ? undefined : Array.isArray(value) ? value.join(' ') : String(value);
};
export const text = (element: Element | undefined): string =>
	element ? toText(element).replace(/\s+/g, ' ').trim() : '';

function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return htmlFiles(path);
		return entry.name.endsWith('.html') ? [path] : [];
	});
}
