import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

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

/**
 * A package's version, from the package.json of the folder its entry point is in: for
 * packages whose `exports` leave their package.json out (@cantoo/pdf-lib).
 */
export function packageVersion(name: string): string {
	const entry = projectRequire.resolve(name);
	const folder = join('node_modules', name);
	const manifest = join(entry.slice(0, entry.lastIndexOf(folder) + folder.length), 'package.json');
	return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
}
