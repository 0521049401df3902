import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toText } from 'hast-util-to-text';
import { expect, test } from 'vitest';
import { all, builtPage, one } from '../support/built-site.ts';
import { contentModel } from '../support/content-model.ts';
import { normalise, splitThesis } from '../support/source-text.ts';

const model = contentModel();

test('every heading and sentence of source.txt appears on the reading pages', () => {
	const onSite = model.pages.map((page) => {
		const main = structuredClone(one(builtPage(page.path), 'main')) as Element;
		// What a reader sees: concept previews stay hidden until hover or focus.
		for (const tip of all(main, '.concept-tip')) tip.children = [];
		return toText(main);
	});
	const site = normalise(onSite.join(' '));
	const { headings, sentences } = splitThesis(readFileSync(join(model.dir, 'source.txt'), 'utf8'));
	// At most every numbered section of the site (chapters, categories, dynamics, challenges):
	// an editor's new page may have no counterpart in source.txt yet.
	expect(headings.length).toBeGreaterThan(0);
	expect(headings.length).toBeLessThanOrEqual(model.pages.length - 1 + model.categories.length);
	expect(sentences.length).toBeGreaterThan(headings.length);
	expect(headings.filter((heading) => !site.includes(heading))).toEqual([]);
	expect(sentences.filter((sentence) => !site.includes(sentence))).toEqual([]);
});
