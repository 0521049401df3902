import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblems } from '../validation/problems';
import { validateContent } from '../validation/validate-content';

let copies: string[] = [];
afterEach(() => {
	for (const copy of copies) rmSync(copy, { recursive: true, force: true });
	copies = [];
});

/** A copy of content/ with some files edited. */
function contentWith(edits: Record<string, (text: string) => string>): string {
	const root = mkdtempSync(join(tmpdir(), 'validate-'));
	copies.push(root);
	cpSync('content', root, { recursive: true });
	for (const [file, edit] of Object.entries(edits)) writeFileSync(join(root, file), edit(readFileSync(join(root, file), 'utf8')));
	return root;
}

describe('validateContent', () => {
	it('finds no problem in the real content', async () => {
		expect(await validateContent('content')).toEqual([]);
	});

	it('reads no heading inside a code block, even after a line that opens another language there', async () => {
		const root = contentWith({
			'chapters/summary.mdx': (t) => `${t}\n\n\`\`\`\n\`\`\`js\n# not a heading\n\`\`\`\n`,
		});
		expect(await validateContent(root)).toEqual([]);
	});

	it('reports every problem at once, each with file, line and fix', async () => {
		const root = contentWith({
			'dynamics/big-data-integration.mdx': (t) => t.replace('"datamation"]', '"datamations"]').replace('position: 2', 'position: 0'),
			'chapters/summary.mdx': (t) => `${t}\n### Deep\n\n[x](/nowhere/)\n`,
		});
		const problems = await validateContent(root);
		const lines = problems.map((p) => `${p.file.replace(/^.*validate-[^/]+\//, '')}:${p.line}: ${p.message}`);
		expect(lines).toEqual([
			'dynamics/big-data-integration.mdx:5: position: position starts at 1',
			'dynamics/big-data-integration.mdx:7: concepts refers to "datamations", which does not exist',
			expect.stringMatching(/^chapters\/summary\.mdx:\d+: heading "Deep" skips a level \(h1 to h3\)$/),
			expect.stringMatching(/^chapters\/summary\.mdx:\d+: the link to \/nowhere\/ leads to no page$/),
		]);
		expect(problems[1].fix).toBe('did you mean "datamation"?');
		expect(formatProblems(problems)).toMatch(/^4 problems in the content:\n\n.*big-data-integration\.mdx:5: position: position starts at 1\n {4}fix: /);
	});

	it('checks Mermaid syntax without a browser, at the line of the mistake', async () => {
		const root = contentWith({ 'figures/infrastructure.md': (t) => t.replace('  cloud --- network --- terminal', '  cloud --- network --- -->') });
		const [problem] = await validateContent(root);
		const line = readFileSync(join(root, 'figures/infrastructure.md'), 'utf8').split('\n').findIndex((l) => l.includes('network --- -->')) + 1;
		expect(problem.line).toBe(line);
		expect(problem.message).toMatch(/^Mermaid cannot parse this diagram: Parse error on line \d+/);
	});
});
