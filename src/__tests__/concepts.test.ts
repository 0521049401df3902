import { describe, expect, it } from 'vitest';
import { createConceptMatcher } from '../concepts/matcher.ts';
import { parseBody, plainText } from '../content/parse.ts';
import { sentencesOf } from '../content/sentences.ts';

const match = createConceptMatcher([
	{ id: 'big-data', names: ['big data', 'large data'] },
	{ id: 'big-data-infrastructure', names: ['big data infrastructure'] },
	{ id: 'internet-plus', names: ['“Internet +”'] },
	{ id: 'sdn', names: ['software-defined network', 'SDN'] },
	{ id: 'iot', names: ['Internet of things'] },
]);

describe('concept mentions', () => {
	it('finds whole words in any case, with the text as written', () => {
		expect(match('Big Data changes the industry; big data is an asset.')).toEqual([
			{ id: 'big-data', index: 0, text: 'Big Data' },
			{ id: 'big-data', index: 31, text: 'big data' },
		]);
	});
	it('prefers the longest name at one place', () => {
		expect(match('cloud computing and big data infrastructure').map((m) => m.id)).toEqual(['big-data-infrastructure']);
	});
	it('does not match inside a word', () => {
		expect(match('SDNs and bigdata and largedata')).toEqual([]);
		expect(match('the SDN, the software-defined network').map((m) => m.text)).toEqual([
			'SDN',
			'software-defined network',
		]);
	});
	it('treats straight and curly quotes alike, and line breaks as spaces', () => {
		expect(match('the "Internet +" era').map((m) => m.id)).toEqual(['internet-plus']);
		expect(match('Internet of\nthings').map((m) => m.id)).toEqual(['iot']);
	});
	it('finds nothing when there are no concepts', () => {
		expect(createConceptMatcher([])('big data')).toEqual([]);
	});
});

describe('text of an MDX body', () => {
	it('drops components, tags, link targets and marks', () => {
		const body =
			'Cloud (<FigureRef id="infrastructure" />) is **big**.\n\n<Figure id="x" />\n\nSee [the summary](/summary/) and <span data-concept-link="off">SDN</span>.';
		const { tree } = parseBody(body, 'x.mdx', 'mdx');
		expect(tree && plainText(tree)).toBe('Cloud is big.\nSee the summary and SDN.');
	});
	it('splits sentences after . ! ? before a capital or a quote, not inside abbreviations like etc.)', () => {
		expect(sentencesOf('One. Two! “Three” four? (mobile internet, etc.) in all areas. Last')).toEqual([
			'One.',
			'Two!',
			'“Three” four?',
			'(mobile internet, etc.) in all areas.',
			'Last',
		]);
	});
});
