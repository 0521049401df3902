import { describe, expect, it } from 'vitest';
import { isNoindex } from '../integrations/sitemap.ts';

const page = (head: string) => `<!doctype html><html><head>${head}</head><body><p>robots noindex</p></body></html>`;

describe('isNoindex', () => {
	it('finds noindex whatever the order, quotes and case of the attributes', () => {
		expect(isNoindex(page('<meta name="robots" content="noindex">'))).toBe(true);
		expect(isNoindex(page('<meta content="noindex, follow" name="robots">'))).toBe(true);
		expect(isNoindex(page("<meta NAME='Robots' CONTENT='NoIndex'>"))).toBe(true);
		expect(isNoindex(page('<meta name=robots content="follow,noindex">'))).toBe(true);
	});
	it('does not take other robots values, other metas or text for noindex', () => {
		expect(isNoindex(page('<meta name="robots" content="index, follow">'))).toBe(false);
		expect(isNoindex(page('<meta name="description" content="noindex">'))).toBe(false);
		expect(isNoindex(page('<!-- <meta name="robots" content="noindex"> -->'))).toBe(false);
		expect(isNoindex(page(''))).toBe(false);
		expect(isNoindex(page('<script>document.write(\'<meta name="robots" content="noindex">\')</script>'))).toBe(false);
	});
});
