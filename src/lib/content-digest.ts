import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** A hash of every file in a folder (names and bytes, in a fixed order): equal when nothing in it changed. */
export function folderDigest(folder: string): string {
	const hash = createHash('sha256');
	const names = readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();
	for (const name of names) {
		const file = join(folder, name);
		if (!statSync(file).isFile()) continue;
		hash.update(`${name}\0`).update(readFileSync(file)).update('\0');
	}
	return hash.digest('hex');
}
