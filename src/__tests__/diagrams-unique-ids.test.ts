import { describe, expect, it } from 'vitest';
import { makeIdsUnique } from '../diagrams/unique-ids.ts';

/** A flowchart as Mermaid renders it with the render id `thesis-diagram-0` (trimmed). */
function mermaidSvg(renderId: string): string {
	return [
		`<svg id="${renderId}" width="100%" xmlns="http://www.w3.org/2000/svg" class="flowchart" viewBox="4 4 300 200" role="graphics-document document" aria-roledescription="flowchart-v2" aria-labelledby="chart-title-${renderId}" aria-describedby="chart-desc-${renderId}">`,
		`<title id="chart-title-${renderId}">Cloud and data</title>`,
		`<desc id="chart-desc-${renderId}">Cloud computing feeds big data.</desc>`,
		`<style>#${renderId}{font-size:16px;}#${renderId} .node rect{fill:#ECECFF;}#${renderId} .edgeLabel{color:#333;}</style>`,
		'<g>',
		`<marker id="${renderId}_flowchart-v2-pointEnd" class="marker flowchart-v2" viewBox="0 0 10 10"><path d="M 0 0 L 10 5 L 0 10 z"></path></marker>`,
		`<marker id="${renderId}_flowchart-v2-pointStart" class="marker flowchart-v2" viewBox="0 0 10 10"><path d="M 0 5 L 10 10 L 10 0 z"></path></marker>`,
		'<g class="root"><g class="clusters"></g>',
		'<g class="edges edgePaths">',
		`<path d="M50,50L150,50" id="L_A_B_0" class="flowchart-link" data-edge="true" data-id="L_A_B_0" marker-end="url(#${renderId}_flowchart-v2-pointEnd)" marker-start="url(#${renderId}_flowchart-v2-pointStart)"></path>`,
		'</g>',
		'<g class="edgeLabels"><g class="edgeLabel"><g class="label" data-id="L_A_B_0"><foreignObject><div class="labelBkg"><span class="edgeLabel"><p>feeds</p></span></div></foreignObject></g></g></g>',
		'<g class="nodes">',
		`<g class="node default" id="${renderId}-flowchart-A-0"><rect class="basic label-container"></rect><g class="label"><foreignObject><div><span class="nodeLabel"><p>Cloud computing</p></span></div></foreignObject></g></g>`,
		`<g class="node default" id="${renderId}-flowchart-B-1"><rect class="basic label-container"></rect><g class="label"><foreignObject><div><span class="nodeLabel"><p>Big data</p></span></div></foreignObject></g></g>`,
		'</g>',
		'<use href="#L_A_B_0"></use><use xlink:href="#L_A_B_0"></use>',
		'</g></g></svg>',
	].join('');
}

/** The values of every id attribute (not data-id). */
function idsOf(svg: string): string[] {
	return [...svg.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]);
}

/** Every id the SVG refers to: url(#…), href="#…", xlink:href="#…", aria-labelledby/-describedby. */
function referencesOf(svg: string): string[] {
	const urls = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((match) => match[1]);
	const hrefs = [...svg.matchAll(/\shref="#([^"]+)"|xlink:href="#([^"]+)"/g)].map((match) => match[1] ?? match[2]);
	const aria = [...svg.matchAll(/aria-(?:labelledby|describedby)="([^"]+)"/g)].flatMap((match) =>
		match[1].split(/\s+/),
	);
	return [...urls, ...hrefs, ...aria];
}

const renderId = 'thesis-diagram-0';
const uniqueId = 'diagram-1815cdc30ce5';

describe('makeIdsUnique', () => {
	const result = makeIdsUnique(mermaidSvg(renderId), renderId, uniqueId);

	it('the fixture has the ids and references it claims', () => {
		const original = mermaidSvg(renderId);
		expect(idsOf(original)).toContain('L_A_B_0');
		expect(idsOf(original)).toHaveLength(8);
		expect(referencesOf(original)).toHaveLength(6);
	});
	it('gives every id the unique id', () => {
		const ids = idsOf(result);
		expect(ids).toHaveLength(8);
		for (const id of ids) expect(id).toContain(uniqueId);
	});
	it('leaves no trace of the render id', () => {
		expect(result).not.toContain(renderId);
	});
	it('renames Mermaid’s prefixed ids in place', () => {
		expect(idsOf(result)).toEqual(
			expect.arrayContaining([
				uniqueId,
				`chart-title-${uniqueId}`,
				`chart-desc-${uniqueId}`,
				`${uniqueId}_flowchart-v2-pointEnd`,
				`${uniqueId}_flowchart-v2-pointStart`,
				`${uniqueId}-flowchart-A-0`,
				`${uniqueId}-flowchart-B-1`,
			]),
		);
	});
	it('prefixes unprefixed ids such as edge ids', () => {
		expect(idsOf(result)).toContain(`${uniqueId}-L_A_B_0`);
		expect(idsOf(result)).not.toContain('L_A_B_0');
	});
	it('keeps data-id, which is not an id', () => {
		expect(result.match(/data-id="L_A_B_0"/g)).toHaveLength(2);
		expect(result).not.toContain(`data-id="${uniqueId}-L_A_B_0"`);
	});
	it('keeps every reference pointing at an existing id', () => {
		const ids = new Set(idsOf(result));
		const references = referencesOf(result);
		expect(references).toHaveLength(6);
		for (const reference of references) expect(ids, `reference #${reference}`).toContain(reference);
	});
	it('points marker references at the renamed markers', () => {
		expect(result).toContain(`marker-end="url(#${uniqueId}_flowchart-v2-pointEnd)"`);
		expect(result).toContain(`marker-start="url(#${uniqueId}_flowchart-v2-pointStart)"`);
	});
	it('points href and xlink:href at the renamed unprefixed id', () => {
		expect(result).toContain(`<use href="#${uniqueId}-L_A_B_0">`);
		expect(result).toContain(`<use xlink:href="#${uniqueId}-L_A_B_0">`);
	});
	it('keeps the accessible name and description linked', () => {
		expect(result).toContain(`aria-labelledby="chart-title-${uniqueId}"`);
		expect(result).toContain(`aria-describedby="chart-desc-${uniqueId}"`);
	});
	it('scopes the style rules to the renamed root', () => {
		expect(result).toContain(
			`<style>#${uniqueId}{font-size:16px;}#${uniqueId} .node rect{fill:#ECECFF;}#${uniqueId} .edgeLabel{color:#333;}</style>`,
		);
		expect(result.startsWith(`<svg id="${uniqueId}" `)).toBe(true);
	});
	it('leaves the rest of the markup alone', () => {
		expect(result).toContain('<span class="nodeLabel"><p>Cloud computing</p></span>');
		expect(result).toContain('<span class="edgeLabel"><p>feeds</p></span>');
		expect(result).toContain('<path d="M 0 0 L 10 5 L 0 10 z"></path>');
		const original = mermaidSvg(renderId);
		expect(original.split(renderId)).toHaveLength(15);
		// Only the 14 render ids are renamed and the 3 uses of L_A_B_0 as an id prefixed.
		expect(result.length - original.length).toBe(14 * (uniqueId.length - renderId.length) + 3 * (uniqueId.length + 1));
	});
	it('is idempotent: ids that already carry the unique id stay as they are', () => {
		expect(makeIdsUnique(result, renderId, uniqueId)).toBe(result);
	});
});

describe('makeIdsUnique and neighbouring render ids', () => {
	it('does not touch thesis-diagram-1 when the render id is thesis-diagram-0', () => {
		const svg = `${mermaidSvg('thesis-diagram-0').replace('</svg>', '')}<g class="other thesis-diagram-1"><text>thesis-diagram-1</text></g></svg>`;
		const result = makeIdsUnique(svg, 'thesis-diagram-0', uniqueId);
		expect(result).toContain('<g class="other thesis-diagram-1"><text>thesis-diagram-1</text></g>');
		expect(result).not.toContain('thesis-diagram-0');
	});
	it('does not mangle thesis-diagram-10 when the render id is thesis-diagram-1', () => {
		const svg = `${mermaidSvg('thesis-diagram-1').replace('</svg>', '')}<g class="other thesis-diagram-10"><text>thesis-diagram-10</text></g></svg>`;
		const result = makeIdsUnique(svg, 'thesis-diagram-1', uniqueId);
		expect(result).toContain('<g class="other thesis-diagram-10"><text>thesis-diagram-10</text></g>');
		expect(result).not.toContain(`${uniqueId}0`);
		expect(result).not.toMatch(/thesis-diagram-1(?!0)/);
		expect(idsOf(result)).toContain(`${uniqueId}_flowchart-v2-pointEnd`);
	});
	it('does not rename the id of a diagram rendered as thesis-diagram-10', () => {
		const svg = mermaidSvg('thesis-diagram-10');
		expect(makeIdsUnique(svg, 'thesis-diagram-1', uniqueId)).not.toContain(`${uniqueId}0`);
	});
});

describe('two diagrams rendered with the same render id', () => {
	const first = makeIdsUnique(mermaidSvg(renderId), renderId, 'diagram-1815cdc30ce5');
	const second = makeIdsUnique(mermaidSvg(renderId), renderId, 'diagram-bbdbf4d4114b');

	it('share no id', () => {
		const firstIds = idsOf(first);
		const secondIds = idsOf(second);
		expect(firstIds).toHaveLength(8);
		expect(secondIds).toHaveLength(8);
		expect(firstIds.filter((id) => secondIds.includes(id))).toEqual([]);
	});
	it('each refer only to their own ids', () => {
		const secondIds = new Set(idsOf(second));
		for (const reference of referencesOf(first)) expect(secondIds.has(reference)).toBe(false);
		const firstIds = new Set(idsOf(first));
		for (const reference of referencesOf(second)) expect(firstIds.has(reference)).toBe(false);
	});
	it('have no id in common with the unchanged render either', () => {
		const original = idsOf(mermaidSvg(renderId));
		expect(idsOf(first).filter((id) => original.includes(id))).toEqual([]);
	});
});
