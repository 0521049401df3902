import { describe, expect, it } from 'vitest';
import { shiftHeadings } from '../lib/shift-headings.ts';

describe('shiftHeadings', () => {
	it('puts a body’s ## below the heading of the section that shows it, keeping ids and content', () => {
		expect(shiftHeadings('<h2 id="a">A <em>b</em></h2><p>Text</p><h3>C</h3>', 3)).toBe(
			'<h4 id="a">A <em>b</em></h4><p>Text</p><h5>C</h5>',
		);
	});
	it('never goes past <h6>', () => {
		expect(shiftHeadings('<h3>Deep</h3><h2>Less</h2>', 5)).toBe('<h6>Deep</h6><h6>Less</h6>');
	});
	it('leaves a body without headings exactly as it is', () => {
		const body = '<p>Text with <svg viewBox="0 0 1 1"><text>h2</text></svg></p>';
		expect(shiftHeadings(body, 4)).toBe(body);
	});
	it('keeps the body unchanged in a section at the page’s own level', () => {
		expect(shiftHeadings('<h2>Same</h2>', 1)).toBe('<h2>Same</h2>');
	});
});
