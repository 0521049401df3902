import { describe, expect, it } from 'vitest';
import { headTags, startTags } from '../lib/html-tags.ts';

const names = (html: string) => [...startTags(html)].map((tag) => tag.name);

describe('startTags', () => {
	it('reads names and attributes whatever the case, quoting and entities', () => {
		const [tag] = startTags(`<META Name=robots content='a &amp; b' data-x="1 > 0" hidden data-x="2">`);
		expect(tag.name).toBe('meta');
		expect(Object.fromEntries(tag.attributes)).toEqual({
			name: 'robots',
			content: 'a & b',
			'data-x': '1 > 0',
			hidden: '',
		});
	});
	it('skips comments, doctypes and end tags', () => {
		expect(names('<!doctype html><!-- <p> --><div></div><?x?><span>')).toEqual(['div', 'span']);
	});
	it('takes the content of script and style as text, not tags', () => {
		const tags = [
			...startTags('<script type=module>if (a<b) document.write("<meta>")</script><style>p>a{}</style><p>'),
		];
		expect(tags.map((tag) => tag.name)).toEqual(['script', 'style', 'p']);
		expect(tags[0].text).toBe('if (a<b) document.write("<meta>")');
		expect(tags[1].text).toBe('p>a{}');
	});
	it('gives each tag’s offsets in the page', () => {
		const html = '<html><head lang="x"><title>t</title>';
		const head = [...startTags(html)][1];
		expect(html.slice(head.start, head.end)).toBe('<head lang="x">');
	});
});

describe('headTags', () => {
	it('stops at <body>', () => {
		expect(headTags('<head><meta a=1></head><body><meta b=2>').map((tag) => tag.name)).toEqual(['head', 'meta']);
	});
});
