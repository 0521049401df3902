import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Loads a package (its CommonJS build) the first time it is needed, with Node's own
 * `require`. For heavy packages only some builds use (a browser, a PDF library, a card
 * renderer): a build from the cache never loads them. Not `import()`: the config's module
 * loader (Vite's) is closed by the time a build's last hooks run.
 */
export function requirePackage<T>(name: string): T {
	return require(name) as T;
}
