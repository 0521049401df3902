import { diagramLabels } from './labels.ts';
import type { RenderedDiagram } from './render-cache.ts';

export interface DiagramHtmlOptions {
	/** Accessible name of the drawing; without one, the diagram's own accTitle is used. */
	title?: string;
	/** Text alternative shown in "as text" and linked to the drawing with aria-describedby. */
	description?: string;
	/** Heading of the text alternative. */
	textLabel?: string;
}

/**
 * The markup of a diagram, in two parts. `drawing`: the inline SVG as one image for
 * assistive technology, in a frame that scrolls on its own when the drawing is wider than
 * the screen. `text`: the same content as text (description and labels) in a closed
 * <details>; search indexes and screen readers reach it, sighted readers see it only when
 * they open it.
 */
export function diagramHtml(
	diagram: RenderedDiagram,
	options: DiagramHtmlOptions = {},
): { drawing: string; text: string } {
	const descriptionId = `${diagram.id}-text`;
	const labels = diagramLabels(diagram.svg);
	const svg = asImage(diagram.svg, options.title, options.description ? descriptionId : undefined);
	const description = options.description ? `<p id="${descriptionId}">${escapeHtml(options.description)}</p>` : '';
	const list =
		labels.length > 0
			? `<ul class="diagram-labels">${labels.map((label) => `<li>${escapeHtml(label)}</li>`).join('')}</ul>`
			: '';
	return {
		drawing: `<div class="diagram-frame" tabindex="0" style="--diagram-width: ${Math.ceil(diagram.width)}px">${svg}</div>`,
		text: `<details class="diagram-text"><summary>${escapeHtml(options.textLabel ?? 'Diagram as text')}</summary>${description}${list}</details>`,
	};
}

/** Makes the <svg> one image with a name, instead of a document of loose labels. */
function asImage(svg: string, title: string | undefined, describedBy: string | undefined): string {
	return svg.replace(/^<svg\b([^>]*)>/, (_, attributes: string) => {
		let rest = attributes.replace(/\s(role|aria-roledescription)="[^"]*"/g, '');
		if (title) rest = rest.replace(/\saria-labelledby="[^"]*"/, '') + ` aria-label="${escapeHtml(title)}"`;
		else if (!/aria-labelledby=/.test(rest)) rest += ' aria-label="Diagram"';
		if (describedBy) rest = rest.replace(/\saria-describedby="[^"]*"/, '') + ` aria-describedby="${describedBy}"`;
		return `<svg${rest} role="img" focusable="false">`;
	});
}

export function escapeHtml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
