import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { writeSearchIndex } from '../../src/integrations/search-index.ts';
import { distDir } from '../support/built-site.ts';

/** A Pagefind index's files: their names carry a hash of what they hold. */
const files = (folder: string) => readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort();

test('the search index is the one of the pages as published', async () => {
	// The build indexes the pages as Astro writes them, while the steps after it (the PDF's
	// size, the Content-Security-Policy) rewrite them: those must change nothing an index reads.
	const again = mkdtempSync(join(tmpdir(), 'search-index-'));
	try {
		await writeSearchIndex(distDir, again);
		expect(files(again)).toEqual(files(join(distDir, 'pagefind')));
	} finally {
		rmSync(again, { recursive: true, force: true });
	}
});
