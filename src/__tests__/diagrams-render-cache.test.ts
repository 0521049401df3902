import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RenderCache, diagramKey, type RenderedDiagram } from '../diagrams/render-cache.ts';

const source = 'flowchart TD\n\tA[Cloud computing] --> B[Big data]';
const settings = { theme: 'base', securityLevel: 'strict', flowchart: { htmlLabels: true } };

const diagram: RenderedDiagram = {
	svg: '<svg id="diagram-0123456789ab" viewBox="0 0 120.5 80"><g class="root"></g></svg>',
	id: 'diagram-0123456789ab',
	width: 120.5,
	height: 80,
};

describe('diagramKey', () => {
	it('is the same for the same inputs', () => {
		expect(diagramKey(source, '12.3.0', settings)).toBe(diagramKey(source, '12.3.0', { ...settings }));
	});
	it('is a sha-256 in hex, usable as a file name', () => {
		expect(diagramKey(source, '12.3.0', settings)).toMatch(/^[0-9a-f]{64}$/);
	});
	it('changes with the source', () => {
		expect(diagramKey(`${source}\n\tB --> C[IoT]`, '12.3.0', settings)).not.toBe(
			diagramKey(source, '12.3.0', settings),
		);
	});
	it('changes with the Mermaid version', () => {
		expect(diagramKey(source, '12.3.1', settings)).not.toBe(diagramKey(source, '12.3.0', settings));
	});
	it('changes with the settings, e.g. the theme', () => {
		expect(diagramKey(source, '12.3.0', { ...settings, theme: 'dark' })).not.toBe(
			diagramKey(source, '12.3.0', settings),
		);
	});
	it('changes with a nested setting', () => {
		expect(diagramKey(source, '12.3.0', { ...settings, flowchart: { htmlLabels: false } })).not.toBe(
			diagramKey(source, '12.3.0', settings),
		);
	});
	it('ignores leading and trailing whitespace of the source', () => {
		expect(diagramKey(`\n  ${source}\n\n\t`, '12.3.0', settings)).toBe(diagramKey(source, '12.3.0', settings));
	});
	it('does not ignore whitespace inside the source', () => {
		expect(diagramKey(source.replace('-->', '  -->'), '12.3.0', settings)).not.toBe(
			diagramKey(source, '12.3.0', settings),
		);
	});
});

describe('RenderCache', () => {
	let folder: string;
	let key: string;

	beforeEach(() => {
		folder = mkdtempSync(join(tmpdir(), 'diagrams-cache-'));
		key = diagramKey(source, '12.3.0', settings);
	});
	afterEach(() => {
		rmSync(folder, { recursive: true, force: true });
	});

	it('misses an unknown key', () => {
		expect(new RenderCache(folder).get(key)).toBeUndefined();
	});
	it('returns what was set', () => {
		const cache = new RenderCache(folder);
		cache.set(key, diagram);
		expect(cache.get(key)).toEqual(diagram);
	});
	it('keeps entries apart by key', () => {
		const cache = new RenderCache(folder);
		const other = diagramKey(source, '12.3.1', settings);
		cache.set(key, diagram);
		cache.set(other, { ...diagram, id: 'diagram-ba9876543210', svg: '<svg id="diagram-ba9876543210"></svg>' });
		expect(cache.get(key)?.id).toBe('diagram-0123456789ab');
		expect(cache.get(other)?.id).toBe('diagram-ba9876543210');
	});
	it('overwrites an entry set again', () => {
		const cache = new RenderCache(folder);
		cache.set(key, diagram);
		cache.set(key, { ...diagram, width: 300 });
		expect(cache.get(key)?.width).toBe(300);
	});
	it('persists across instances, as across builds', () => {
		new RenderCache(folder).set(key, diagram);
		expect(new RenderCache(folder).get(key)).toEqual(diagram);
	});
	it('stores one JSON file per key and leaves no temporary file behind', () => {
		const cache = new RenderCache(folder);
		cache.set(key, diagram);
		cache.set(diagramKey('flowchart LR\n\tX --> Y', '12.3.0', settings), diagram);
		const files = readdirSync(folder);
		expect(files.filter((name) => name.endsWith('.tmp'))).toEqual([]);
		expect(files.sort()).toEqual(
			[`${key}.json`, `${diagramKey('flowchart LR\n\tX --> Y', '12.3.0', settings)}.json`].sort(),
		);
	});
	it('creates its folder when missing', () => {
		const nested = join(folder, 'node_modules', '.astro', 'diagrams');
		expect(existsSync(nested)).toBe(false);
		const cache = new RenderCache(nested);
		expect(cache.get(key)).toBeUndefined();
		cache.set(key, diagram);
		expect(existsSync(join(nested, `${key}.json`))).toBe(true);
		expect(cache.get(key)).toEqual(diagram);
	});

	describe('a damaged file is a miss, not an exception', () => {
		it.each([
			['invalid JSON', '{"svg": "<svg'],
			['an empty file', ''],
			['JSON null', 'null'],
			['JSON without svg', JSON.stringify({ id: 'diagram-0123456789ab', width: 10, height: 10 })],
			['JSON without id', JSON.stringify({ svg: '<svg></svg>', width: 10, height: 10 })],
			['an svg that is not a string', JSON.stringify({ svg: 42, id: 'diagram-0123456789ab', width: 10, height: 10 })],
			[
				'an svg not starting with <svg',
				JSON.stringify({ svg: '<html><svg></svg></html>', id: 'diagram-0123456789ab', width: 10, height: 10 }),
			],
			[
				'an svg that is an error page',
				JSON.stringify({ svg: 'Syntax error in text', id: 'diagram-0123456789ab', width: 10, height: 10 }),
			],
		])('%s', (_, content) => {
			writeFileSync(join(folder, `${key}.json`), content);
			const cache = new RenderCache(folder);
			expect(() => cache.get(key)).not.toThrow();
			expect(cache.get(key)).toBeUndefined();
		});
		it('JSON without a numeric width and height (would render --diagram-width: NaNpx)', () => {
			writeFileSync(join(folder, `${key}.json`), JSON.stringify({ svg: '<svg></svg>', id: 'diagram-0123456789ab' }));
			expect(new RenderCache(folder).get(key)).toBeUndefined();
		});
		it('and set() repairs it', () => {
			writeFileSync(join(folder, `${key}.json`), '{ not json');
			const cache = new RenderCache(folder);
			cache.set(key, diagram);
			expect(cache.get(key)).toEqual(diagram);
		});
	});
});
