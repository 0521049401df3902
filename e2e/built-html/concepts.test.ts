import { describe, expect, test } from 'vitest';
import { all, attr, builtPage, one, text } from '../support/built-site.ts';
import { contentModel, termKey } from '../support/content-model.ts';

const model = contentModel();

test('the concepts index lists every concept of content/concepts A–Z', () => {
	const index = builtPage('/concepts/');
	const terms = all(index, 'main dl dt > a');
	expect(terms.map((a) => attr(a, 'href'))).toEqual(model.concepts.map((c) => c.path));
	const keys = terms.map((a) => termKey(text(a)));
	expect(keys).toEqual([...keys].sort((a, b) => a.localeCompare(b, 'en')));
	for (const definition of all(index, 'main dl dd')) expect(text(definition)).not.toBe('');
});

describe.each(model.concepts.map((c) => [c.path, c] as const))('%s', (path, concept) => {
	test('is discussed somewhere, and the first page that discusses it links back', () => {
		const page = builtPage(path);
		expect(text(one(page, 'h1'))).toBe(concept.term);
		expect(attr(one(page, 'nav[aria-label="Breadcrumb"] a[href="/concepts/"]'), 'href')).toBe('/concepts/');
		const discussed = all(page, '.discussions > li > a').map((a) => attr(a, 'href')!);
		expect(discussed.length, `${path} is discussed nowhere`).toBeGreaterThan(0);
		// As a tag or as a linked mention.
		expect(
			all(builtPage(discussed[0].split('#')[0]), `main a[href="${path}"]`).length,
			`${discussed[0]} does not link back`,
		).toBeGreaterThan(0);
	});
});
