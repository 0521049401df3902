/** One drawing command of a glyph outline, in pixels, y downwards (opentype.js's Path commands). */
export type OutlineCommand =
	| { type: 'M' | 'L'; x: number; y: number }
	| { type: 'Q'; x1: number; y1: number; x: number; y: number }
	| { type: 'C'; x1: number; y1: number; x2: number; y2: number; x: number; y: number }
	| { type: 'Z' };

/** How much of each pixel an outline covers, 0 to 1, in a box placed at (left, top). */
export interface Coverage {
	left: number;
	top: number;
	width: number;
	height: number;
	/** Row by row, `width` values per row. */
	values: Float32Array;
}

/**
 * Fills an outline with the non-zero rule and exact area anti-aliasing, the way font
 * rasterizers do: every edge adds the signed area it covers to a buffer, and a running sum
 * along each row gives each pixel's coverage. Curves are cut into short lines first.
 */
export function rasterize(commands: OutlineCommand[]): Coverage {
	const lines = flatten(commands);
	if (lines.length === 0) return { left: 0, top: 0, width: 0, height: 0, values: new Float32Array(0) };
	let minX = Infinity;
	let minY = Infinity;
	let maxX = -Infinity;
	let maxY = -Infinity;
	for (let i = 0; i < lines.length; i += 2) {
		minX = Math.min(minX, lines[i]);
		maxX = Math.max(maxX, lines[i]);
		minY = Math.min(minY, lines[i + 1]);
		maxY = Math.max(maxY, lines[i + 1]);
	}
	const left = Math.floor(minX);
	const top = Math.floor(minY);
	const width = Math.ceil(maxX) - left + 1;
	const height = Math.ceil(maxY) - top;
	// One spare cell per row: an edge on the right border spills its area into it.
	const stride = width + 1;
	const area = new Float32Array(stride * height);
	for (let i = 0; i + 3 < lines.length; i += 4) {
		addEdge(area, stride, height, lines[i] - left, lines[i + 1] - top, lines[i + 2] - left, lines[i + 3] - top);
	}
	const values = new Float32Array(width * height);
	for (let y = 0; y < height; y += 1) {
		let sum = 0;
		for (let x = 0; x < width; x += 1) {
			sum += area[y * stride + x];
			values[y * width + x] = Math.min(1, Math.abs(sum));
		}
	}
	return { left, top, width, height, values };
}

/** Adds the signed area one edge covers, row by row (the edge runs from (x0, y0) to (x1, y1)). */
function addEdge(area: Float32Array, stride: number, height: number, x0: number, y0: number, x1: number, y1: number) {
	if (y0 === y1) return;
	const direction = y0 < y1 ? 1 : -1;
	if (direction < 0) [x0, y0, x1, y1] = [x1, y1, x0, y0];
	const dxdy = (x1 - x0) / (y1 - y0);
	let x = x0;
	for (let y = Math.max(0, Math.floor(y0)); y < Math.min(height, Math.ceil(y1)); y += 1) {
		const row = y * stride;
		const dy = Math.min(y + 1, y1) - Math.max(y, y0);
		const xNext = x + dxdy * dy;
		const d = dy * direction;
		const from = Math.min(x, xNext);
		const to = Math.max(x, xNext);
		const fromCell = Math.floor(from);
		const toCell = Math.ceil(to);
		if (toCell <= fromCell + 1) {
			// Within one pixel: the area left of the edge's middle goes to the next pixel.
			const middle = 0.5 * (x + xNext) - fromCell;
			area[row + fromCell] += d - d * middle;
			area[row + fromCell + 1] += d * middle;
		} else {
			// Across several pixels: a triangle in the first, a trapezoid in each one between, a triangle in the last.
			const slope = 1 / (to - from);
			const fromPart = from - fromCell;
			const first = 0.5 * slope * (1 - fromPart) * (1 - fromPart);
			const toPart = to - toCell + 1;
			const last = 0.5 * slope * toPart * toPart;
			area[row + fromCell] += d * first;
			if (toCell === fromCell + 2) {
				area[row + fromCell + 1] += d * (1 - first - last);
			} else {
				const second = slope * (1.5 - fromPart);
				area[row + fromCell + 1] += d * (second - first);
				for (let cell = fromCell + 2; cell < toCell - 1; cell += 1) area[row + cell] += d * slope;
				const beforeLast = second + (toCell - fromCell - 3) * slope;
				area[row + toCell - 1] += d * (1 - beforeLast - last);
			}
			area[row + toCell] += d * last;
		}
		x = xNext;
	}
}

/** The outline as straight edges: x0, y0, x1, y1 for each, curves cut finely enough to look smooth. */
function flatten(commands: OutlineCommand[]): number[] {
	const edges: number[] = [];
	let startX = 0;
	let startY = 0;
	let x = 0;
	let y = 0;
	const lineTo = (nextX: number, nextY: number) => {
		edges.push(x, y, nextX, nextY);
		x = nextX;
		y = nextY;
	};
	for (const command of commands) {
		switch (command.type) {
			case 'M':
				if (x !== startX || y !== startY) lineTo(startX, startY);
				startX = x = command.x;
				startY = y = command.y;
				break;
			case 'L':
				lineTo(command.x, command.y);
				break;
			case 'Q': {
				const [fromX, fromY] = [x, y];
				const steps = curveSteps(fromX - 2 * command.x1 + command.x, fromY - 2 * command.y1 + command.y);
				for (let i = 1; i <= steps; i += 1) {
					const t = i / steps;
					const u = 1 - t;
					lineTo(
						u * u * fromX + 2 * u * t * command.x1 + t * t * command.x,
						u * u * fromY + 2 * u * t * command.y1 + t * t * command.y,
					);
				}
				break;
			}
			case 'C': {
				const [fromX, fromY] = [x, y];
				const steps = curveSteps(
					Math.max(Math.abs(fromX - 2 * command.x1 + command.x2), Math.abs(command.x1 - 2 * command.x2 + command.x)),
					Math.max(Math.abs(fromY - 2 * command.y1 + command.y2), Math.abs(command.y1 - 2 * command.y2 + command.y)),
				);
				for (let i = 1; i <= steps; i += 1) {
					const t = i / steps;
					const u = 1 - t;
					lineTo(
						u * u * u * fromX + 3 * u * u * t * command.x1 + 3 * u * t * t * command.x2 + t * t * t * command.x,
						u * u * u * fromY + 3 * u * u * t * command.y1 + 3 * u * t * t * command.y2 + t * t * t * command.y,
					);
				}
				break;
			}
			case 'Z':
				lineTo(startX, startY);
				break;
		}
	}
	if (x !== startX || y !== startY) lineTo(startX, startY);
	return edges;
}

/** Lines enough that a curve bending this much (its second difference, in pixels) strays under a tenth of a pixel. */
function curveSteps(bendX: number, bendY: number): number {
	const bend = Math.hypot(bendX, bendY);
	return Math.max(1, Math.ceil(Math.sqrt(bend * 2.5)));
}
