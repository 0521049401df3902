import { describe, expect, it } from 'vitest';
import { compareSections, dynamicLabel } from '../lib/sections.ts';

describe('section numbers', () => {
	it('sort in reading order, numerically', () => {
		expect(['3.10', '3.2', '4', '3', '1', '3.1'].sort(compareSections)).toEqual(['1', '3', '3.1', '3.2', '3.10', '4']);
	});
	it('label a dynamic as the thesis does', () => {
		expect(dynamicLabel('2.2', 4)).toBe('2.2 (4)');
	});
});
