import type { Element, Root } from 'hast';
import { readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import type { VFile } from 'vfile';
import { dynamicLabel } from '../lib/sections';

export interface PassageLinkOptions {
	contentDir: string;
	/** Collections (folders of content/) whose paragraphs become citable passages. */
	collections: string[];
}

/** What a page's frontmatter says about its place in the thesis. */
interface SectionFields {
	section?: unknown;
	category?: unknown;
	position?: unknown;
}

/**
 * The section label of a page as the thesis numbers it, from its frontmatter: its own
 * `section` ("3.2"), or for a dynamic its category's section and its position ("2.2 (2)").
 */
export function sectionLabelOf(
	frontmatter: SectionFields,
	categorySections: ReadonlyMap<string, string>,
): string | undefined {
	if (typeof frontmatter.section === 'string' && frontmatter.section) return frontmatter.section;
	const categorySection =
		typeof frontmatter.category === 'string' ? categorySections.get(frontmatter.category) : undefined;
	if (categorySection && typeof frontmatter.position === 'number')
		return dynamicLabel(categorySection, frontmatter.position);
	return undefined;
}

/** The id of paragraph `position` of a section: "2.2 (2)", 3 → "p-2-2-2-3". */
export function passageId(sectionLabel: string, position: number): string {
	const digits = sectionLabel.replace(/[^0-9]+/g, '-').replace(/^-|-$/g, '');
	return `p-${digits}-${position}`;
}

/**
 * Makes every paragraph of a page's body a citable passage: a stable id from the page's
 * section and the paragraph's position, and a "¶" permalink after its text that shows on
 * hover and keyboard focus without JavaScript. The ids come from the MDX source, so they
 * are the same on the section's own page and in the full text. The permalink is named for
 * screen readers and kept out of search; print styles hide it.
 */
export function rehypePassageLinks(options: PassageLinkOptions) {
	const folders = options.collections.map((name) => `${resolve(options.contentDir, name)}${sep}`);
	const categorySections = readCategorySections(options.contentDir);

	return (tree: Root, file: VFile) => {
		if (!folders.some((folder) => resolve(file.path).startsWith(folder))) return;
		const frontmatter = (file.data.astro as { frontmatter?: SectionFields } | undefined)?.frontmatter ?? {};
		const label = sectionLabelOf(frontmatter, categorySections);
		if (!label) return;
		let position = 0;
		// Only the body's own paragraphs: not those inside lists, quotes or figures.
		for (const node of tree.children) {
			if (node.type !== 'element' || node.tagName !== 'p') continue;
			position += 1;
			const id = passageId(label, position);
			node.properties.id = id;
			node.properties.className = ['passage'];
			node.children.push(
				{ type: 'text', value: ' ' },
				permalink(id, `Link to paragraph ${position} of section ${label}`),
			);
		}
	};
}

function permalink(id: string, name: string): Element {
	return {
		type: 'element',
		tagName: 'a',
		properties: { href: `#${id}`, className: ['passage-link'], ariaLabel: name, dataPagefindIgnore: '' },
		children: [{ type: 'text', value: '¶' }],
	};
}

/** Category id → section ("technology" → "2.1"), from the thesis metadata; none if it cannot be read. */
function readCategorySections(contentDir: string): Map<string, string> {
	try {
		const metadata = JSON.parse(readFileSync(join(contentDir, 'thesis.json'), 'utf8')) as {
			categories?: { id?: unknown; section?: unknown }[];
		};
		return new Map(
			(metadata.categories ?? []).flatMap((c) =>
				typeof c.id === 'string' && typeof c.section === 'string' ? [[c.id, c.section] as [string, string]] : [],
			),
		);
	} catch {
		// The content validation reports a broken thesis.json with its file and line.
		return new Map();
	}
}
