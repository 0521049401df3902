import { createRequire } from 'node:module';

/**
 * Node's own `require`, resolving from this project: for a package's files (fonts, its
 * package.json) and for loading a package the first time it is needed. Not `import()`:
 * the config's module loader (Vite's) is closed by the time a build's last hooks run.
 */
export const projectRequire = createRequire(import.meta.url);

/**
 * Loads a package (its CommonJS build) the first time it is needed. For heavy packages only
 * some builds use (a browser, a PDF library, a card renderer): a build from the cache never
 * loads them.
 */
export function requirePackage<T>(name: string): T {
	return projectRequire(name) as T;
}
