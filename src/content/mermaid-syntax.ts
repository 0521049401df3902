import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { projectRequire } from '../lib/require-package.ts';

type Mermaid = typeof import('mermaid').default;

/**
 * Mermaid's minified ES module build: the code the build's browser draws with. Node loads
 * it and its chunks in about 0.1 s; the package's entry instead imports all of d3,
 * es-toolkit and more, some 600 files, 0.4 to 0.6 s of a build's busiest thread.
 */
const bundle = pathToFileURL(projectRequire.resolve('mermaid/dist/mermaid.esm.min.mjs'));

let loading: Promise<Mermaid> | undefined;

/** Mermaid's parser, runnable in Node without a browser: the message of the diagram's syntax error, if it has one. */
export async function mermaidSyntaxError(source: string): Promise<string | undefined> {
	const mermaid = await (loading ??= loadMermaid());
	try {
		await mermaid.parse(source);
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}

/**
 * Loads the bundle once. Mermaid sanitises labels with the DOMPurify bundled in it, which
 * without a DOM has no hooks and no sanitiser; a syntax check needs neither, so that copy
 * becomes a pass-through. It is found among the exports of the chunks the bundle imports,
 * by its shape (its minified name changes from one release to the next).
 */
async function loadMermaid(): Promise<Mermaid> {
	const { default: mermaid } = (await import(/* @vite-ignore */ bundle.href)) as { default: Mermaid };
	const chunks = [...readFileSync(bundle, 'utf8').matchAll(/from\s*"(\.\/chunks\/[^"]+\.mjs)"/g)].map(
		([, path]) => new URL(path, bundle).href,
	);
	const exported = await Promise.all(chunks.map((chunk) => import(/* @vite-ignore */ chunk) as Promise<object>));
	const purifiers = exported.flatMap((module) => Object.values(module)).filter(isPurifierWithoutDom);
	if (purifiers.length === 0)
		throw new Error(
			`Mermaid's DOMPurify was not found among the chunks of ${bundle.pathname}: this version of Mermaid is laid out differently, and its syntax check needs updating (src/content/mermaid-syntax.ts)`,
		);
	for (const purify of new Set(purifiers))
		Object.assign(purify, {
			addHook: () => {},
			removeHook: () => {},
			removeHooks: () => {},
			sanitize: (text: string) => text,
		});
	return mermaid;
}

/** DOMPurify made where there is no DOM: a function with a version that says it is not supported. */
function isPurifierWithoutDom(value: unknown): value is Record<string, unknown> {
	if (typeof value !== 'function') return false;
	const candidate = value as unknown as Record<string, unknown>;
	return candidate.isSupported === false && typeof candidate.version === 'string';
}
