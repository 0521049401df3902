import type { Root } from 'hast';
import { resolve, sep } from 'node:path';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { resolveInternal } from '../content/rules/links.ts';
import { entryPaths } from '../model/routes.ts';

export interface InternalLinkOptions {
	contentDir: string;
	/** The site's base path, e.g. "/" or "/thesis/". */
	base: string;
}

/** An MDX `<a href="…">` as hast carries it (hast's types do not list MDX's JSX nodes). */
interface JsxElement {
	type: 'mdxJsxTextElement' | 'mdxJsxFlowElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
}

/**
 * Internal links as the reader follows them: a root-relative `/x/` or relative `../x/`
 * link becomes `<base>/x/`, so it works under BASE_PATH and on /full-text/, where bodies
 * of many pages are shown together. `#anchor` and links to other sites stay as written.
 */
export function rehypeInternalLinks(options: InternalLinkOptions) {
	const base = options.base.replace(/\/$/, '');
	const root = `${resolve(options.contentDir)}${sep}`;
	return (tree: Root, file: VFile) => {
		const self = pageOf(resolve(file.path), root);
		const rewrite = (href: string): string => {
			if (href.startsWith('#')) return href;
			const target = resolveInternal(href, self);
			if (!target) return href;
			return `${base}${target.path}${target.anchor ? `#${target.anchor}` : ''}`;
		};
		visit(tree, (node) => {
			if (node.type === 'element' && node.tagName === 'a' && typeof node.properties.href === 'string') {
				node.properties.href = rewrite(node.properties.href);
			}
			const jsx = node as unknown as JsxElement;
			if ((jsx.type === 'mdxJsxTextElement' || jsx.type === 'mdxJsxFlowElement') && jsx.name === 'a') {
				for (const attribute of jsx.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && attribute.name === 'href' && typeof attribute.value === 'string')
						attribute.value = rewrite(attribute.value);
				}
			}
		});
	};
}

/** The page path of a content file (content/dynamics/x.mdx → /dynamics/x/), if it has one. */
function pageOf(path: string, root: string): string | undefined {
	if (!path.startsWith(root)) return undefined;
	const [collection, name] = path.slice(root.length).split(sep);
	const id = name?.replace(/\.mdx?$/, '');
	return id && collection in entryPaths ? entryPaths[collection as keyof typeof entryPaths](id) : undefined;
}
