/**
 * Gives every id in a Mermaid SVG a prefix unique to the diagram. Mermaid numbers its
 * SVGs from `<prefix>-0` in every render and leaves some ids (edge labels such as
 * `L_A_B_0`) unprefixed, so two diagrams on one page would otherwise collide.
 */
export function makeIdsUnique(svg: string, renderId: string, uniqueId: string): string {
	const renamed = svg.replace(new RegExp(`${escapeRegExp(renderId)}(?!\\d)`, 'g'), uniqueId);
	const ids = new Set([...renamed.matchAll(/\sid="([^"]+)"/g)].map((match) => match[1]));
	let result = renamed;
	for (const id of ids) {
		if (id.includes(uniqueId)) continue;
		const fresh = `${uniqueId}-${id}`;
		const pattern = escapeRegExp(id);
		result = result
			.replace(new RegExp(`(\\sid=")${pattern}(")`, 'g'), `$1${fresh}$2`)
			.replace(new RegExp(`(url\\(#|href="#|xlink:href="#)${pattern}([")])`, 'g'), `$1${fresh}$2`);
	}
	return result;
}

function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
