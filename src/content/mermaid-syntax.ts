import DOMPurify from 'dompurify';
import mermaid from 'mermaid';

/**
 * Mermaid's parser, runnable in Node without a browser. Mermaid sanitises labels with
 * DOMPurify, which needs a DOM; a syntax check does not, so outside a browser the
 * sanitiser (the same DOMPurify object Mermaid holds) becomes a pass-through.
 */
export async function mermaidSyntaxError(source: string): Promise<string | undefined> {
	const purify = DOMPurify as unknown as Record<string, unknown>;
	if (typeof purify.addHook !== 'function') {
		Object.assign(purify, {
			addHook: () => {},
			removeHook: () => {},
			removeHooks: () => {},
			sanitize: (text: string) => text,
		});
	}
	try {
		await mermaid.parse(source);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}
