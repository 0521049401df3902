import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CardDrawer, pictureKey } from '../cards/card-drawer.ts';
import { drawCard } from '../cards/card-image.ts';

let cache: string;
beforeEach(() => {
	cache = mkdtempSync(join(tmpdir(), 'card-drawer-'));
});
afterEach(() => rmSync(cache, { recursive: true, force: true }));

const text = { site: 'A thesis', title: '1.2 A title', description: 'A summary of the page.' };

describe('CardDrawer', () => {
	it('draws each picture once, in its worker, as the card renderer draws it', async () => {
		const drawer = new CardDrawer(cache);
		try {
			const first = drawer.picture({ kind: 'card', text });
			// Asked again while it is drawn (a page, then the integration): the same picture.
			expect(drawer.picture({ kind: 'card', text: { ...text } })).toBe(first);
			const icon = drawer.picture({
				kind: 'icon',
				svg: '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 8 8"><rect width="8" height="8"/></svg>',
				size: 32,
			});
			expect(Buffer.from(await first).equals(drawCard(text))).toBe(true);
			expect(Buffer.from(await icon).readUInt32BE(16)).toBe(32);
			expect(drawer.drawn).toBe(2);
			expect(readdirSync(cache).filter((name) => name.endsWith('.png'))).toHaveLength(2);
		} finally {
			await drawer.close();
		}
	}, 60_000);

	it('takes a picture from the cache without drawing it again', async () => {
		const first = new CardDrawer(cache);
		const png = await first.picture({ kind: 'card', text });
		await first.close();
		const second = new CardDrawer(cache);
		expect(Buffer.from(await second.picture({ kind: 'card', text })).equals(Buffer.from(png))).toBe(true);
		expect(second.drawn).toBe(0);
		await second.close();
	}, 60_000);

	it('keys a picture by what it shows and what draws it', () => {
		expect(pictureKey({ kind: 'card', text })).not.toBe(
			pictureKey({ kind: 'card', text: { ...text, title: 'Other' } }),
		);
		expect(pictureKey({ kind: 'card', text })).toMatch(
			/^cards: opentype\.js [\d.]+; code [0-9a-f]{16}; icons: resvg [\d.]+/,
		);
	});
});
