import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Writes a file of a cache through a temporary file and a rename, so that a build killed
 * midway never leaves half a file where the next build would read it.
 */
export function writeAtomically(file: string, data: string | Uint8Array): void {
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, data);
	renameSync(temporary, file);
}
