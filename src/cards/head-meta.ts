import { headTags } from '../lib/html-tags.ts';

/**
 * The `<meta property content>` pairs of a page's head (Open Graph and the like), read with
 * an HTML tokenizer: attribute order, quoting and entities do not matter, and tags in the
 * body, in comments or inside scripts are not taken for them.
 */
export function headMeta(html: string): Map<string, string> {
	const found = new Map<string, string>();
	for (const tag of headTags(html)) {
		const property = tag.attributes.get('property');
		const content = tag.attributes.get('content');
		if (tag.name === 'meta' && property !== undefined && content !== undefined && !found.has(property))
			found.set(property, content);
	}
	return found;
}
