import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { distDir } from '../support/built-site.ts';

// The browser editor is for `npm run edit` only (src/editor/): nothing of it may ship.
const files = readdirSync(distDir, { recursive: true, encoding: 'utf8' }).filter((file) =>
	statSync(join(distDir, file)).isFile(),
);

test('the build has no editor route: no /keystatic/ page and no /api/ endpoint', () => {
	expect(files.length).toBeGreaterThan(0);
	expect(files.filter((file) => /(^|\/)(keystatic|api)(\/|$)/i.test(file))).toEqual([]);
});

test('no file of the build holds the editor’s code (Keystatic, React, ProseMirror)', () => {
	const code = files.filter((file) => /\.(html|js|mjs|json)$/.test(file));
	const withEditor = code.filter((file) =>
		/keystatic|react-dom|prosemirror/i.test(readFileSync(join(distDir, file), 'utf8')),
	);
	expect(withEditor).toEqual([]);
});
