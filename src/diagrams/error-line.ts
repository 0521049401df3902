/**
 * The line of a diagram's source (1-based) that a Mermaid error message names. Mermaid
 * counts an error at the end of the source on the line after it, so the line is capped at
 * the source's last line; a message without a line points at the first.
 */
export function mermaidErrorLine(message: string, source: string): number {
	const line = Number(/on line (\d+)/i.exec(message)?.[1] ?? 1);
	return Math.min(line, source.trimEnd().split('\n').length);
}
