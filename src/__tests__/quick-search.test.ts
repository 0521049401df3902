import { describe, expect, it } from 'vitest';
import type { QuickEntry } from '../components/search/quick-index.ts';
import { quickMatch } from '../components/search/quick-match.ts';

const entries: QuickEntry[] = [
	{
		title: '2.1 (2) Integration of big data',
		kind: 'dynamic',
		href: '/dynamics/big-data/',
		names: ['Integration of big data', '2.1 (2)'],
	},
	{ title: 'Big data', kind: 'concept', href: '/concepts/big-data/', names: ['big data', 'massive data'] },
	{ title: 'Data resources', kind: 'concept', href: '/concepts/data-resources/', names: ['data resources'] },
	{
		title: 'Software-defined network',
		kind: 'concept',
		href: '/concepts/sdn/',
		names: ['software-defined network', 'SDN'],
	},
	{ title: 'Cross-border e-commerce', kind: 'concept', href: '/concepts/cbec/', names: ['cross-border e-commerce'] },
];
const hrefs = (query: string) => quickMatch(entries, query).map((e) => e.href);

describe('quickMatch', () => {
	it('puts a name equal to the query first, then one starting with it; concepts before pages', () => {
		expect(hrefs('big data')).toEqual(['/concepts/big-data/', '/dynamics/big-data/']);
		expect(hrefs('data')).toEqual(['/concepts/data-resources/', '/concepts/big-data/', '/dynamics/big-data/']);
	});

	it('matches word prefixes, as the reader types, whatever the case', () => {
		expect(hrefs('mass')).toEqual(['/concepts/big-data/']);
		expect(hrefs('sdn')).toEqual(['/concepts/sdn/']);
		expect(hrefs('e-comm')).toEqual(['/concepts/cbec/']);
		expect(hrefs('Soft def')).toEqual(['/concepts/sdn/']);
	});

	it('finds a section by its number and answers nothing for an empty or unknown query', () => {
		expect(hrefs('2.1 (2)')).toEqual(['/dynamics/big-data/']);
		expect(hrefs('  ')).toEqual([]);
		expect(hrefs('blockchain')).toEqual([]);
	});

	it('stops at the limit', () => {
		expect(quickMatch(entries, 'data', 1)).toHaveLength(1);
	});
});
