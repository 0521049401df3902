import { describe, expect, it } from 'vitest';
import type { Content } from '../content/entry.ts';
import { location } from '../content/problem.ts';
import { checkContent, checkContentFully } from '../content/rules/index.ts';
import { contentWith } from './content-fixture.ts';

/** `file:line: message → fix` of each problem, for compact assertions. */
const report = (content: Content) => checkContent(content).map((p) => `${location(p)}: ${p.message} → ${p.fix}`);
const append = (text: string) => (body: string) => `${body}\n${text}\n`;

describe('the rules on a valid thesis', () => {
	it('find nothing', async () => {
		expect(await checkContentFully(contentWith())).toEqual([]);
	});
	it('accept harmless edits: CRLF, a raw outside link, a component shown in a code block', () => {
		expect(
			report(
				contentWith({
					'dynamics/second.mdx': (t) =>
						`${t.replace(/\n/g, '\r\n')}\r\n<a href="https://example.org/">outside</a>\r\n\r\n\`\`\`mdx\r\n<Figure id="nope" />\r\n\`\`\`\r\n`,
				}),
			),
		).toEqual([]);
	});
});

describe('frontmatter and thesis.json', () => {
	it('a wrong type, a missing field and an unknown key, each with a line and did-you-mean', () => {
		const problems = report(
			contentWith({
				'dynamics/second.mdx': (t) => t.replace('position: 1', 'position: 0').replace('summary:', 'sumary:'),
			}),
		);
		expect(problems).toEqual([
			'content/dynamics/second.mdx:3: the field "summary" is missing → did you mean "summary" instead of "sumary"?',
			'content/dynamics/second.mdx:3: unknown field "sumary" → did you mean "summary"?',
			expect.stringMatching(/^content\/dynamics\/second\.mdx:5: position: position starts at 1 → /),
		]);
	});
	it('an enum value gets did-you-mean', () => {
		expect(
			report(contentWith({ 'chapters/challenges.mdx': (t) => t.replace('lists: "challenges"', 'lists: "challenge"') })),
		).toContainEqual(
			expect.stringMatching(/^content\/chapters\/challenges\.mdx:5: lists: .* → did you mean "challenges"\?$/),
		);
	});
	it('thesis.json: not JSON, with its line', () => {
		const [problem] = report(
			contentWith({ 'thesis.json': '{\n  "title": "x",\n  "shortTitle": "y"\n  "language": "en"\n}' }),
		);
		expect(problem).toMatch(/^content\/thesis\.json:4:3: the file is not valid JSON/);
	});
	it('thesis.json: types and unknown keys with did-you-mean', () => {
		const problems = report(
			contentWith({ 'thesis.json': (t) => t.replace('"language": "en"', '"languge": "en", "year": "2016"') }),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/thesis\.json:\d+: unknown field "languge" → did you mean "language"\?/),
		);
		expect(problems).toContainEqual(expect.stringMatching(/thesis\.json:\d+: year: /));
	});
	it('thesis.json missing is an error, never an old copy', () => {
		expect(report(contentWith({ 'thesis.json': null }))).toContainEqual(
			expect.stringMatching(/thesis\.json: the file is missing/),
		);
	});
});

describe('ids, references and uniqueness', () => {
	it('a file name that is not an id gets the name to use; a case-only twin is an error', () => {
		const problems = report(
			contentWith({
				'concepts/Big Gizmo.mdx': '---\nterm: "big gizmo"\ndefinition: "x"\n---\n',
				'concepts/GIZMO.mdx': '---\nterm: "other"\ndefinition: "x"\n---\n',
			}),
		);
		expect(problems).toContainEqual(
			'content/concepts/Big Gizmo.mdx: the file name "Big Gizmo.mdx" is not an id: ids are lower-case words joined by hyphens → rename it to big-gizmo.mdx',
		);
		expect(problems).toContainEqual(
			expect.stringMatching(/"(gizmo|GIZMO)\.mdx" and "(gizmo|GIZMO)\.mdx" differ only in case/),
		);
	});
	it('a missing reference with did-you-mean, and a self-relation', () => {
		const problems = report(
			contentWith({
				'dynamics/first.mdx': (t) => t.replace('["hard"]', '["hrad"]'),
				'concepts/gizmo.mdx': (t) =>
					t.replace('---\n\n', '---\n').replace('definition:', 'related: ["gizmo"]\ndefinition:'),
			}),
		);
		expect(problems).toEqual([
			'content/concepts/gizmo.mdx:3: related lists "gizmo", the entry itself → remove "gizmo": an entry is not related to itself',
			'content/dynamics/first.mdx:6: relatedChallenges refers to "hrad", which does not exist → did you mean "hard"?',
		]);
	});
	it('duplicate positions and sections, duplicate terms, an alias that is another term', () => {
		const problems = report(
			contentWith({
				'dynamics/second.mdx': (t) => t.replace('"beta"', '"alpha"'),
				'concepts/gizmo.mdx': (t) => t.replace('term: "gizmo"', 'term: "Widget"'),
				'concepts/doohickey.mdx': '---\nterm: "doohickey"\naliases: ["Gadget"]\ndefinition: "x"\n---\n',
			}),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/second\.mdx:5: category and position "alpha 1" is also used by content\/dynamics\/first\.mdx/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/(widget|gizmo)\.mdx:2: the term "(widget|Widget)" is already the term of content\/concepts\/(gizmo|widget)\.mdx/,
			),
		);
		expect(problems).toContainEqual(
			expect.stringMatching(
				/doohickey\.mdx:3: the alias "Gadget" is already the alias of content\/concepts\/widget\.mdx/,
			),
		);
	});
});

describe('structure and categories', () => {
	it('a category not declared in thesis.json, with did-you-mean; any declared ids are fine', () => {
		expect(report(contentWith({ 'dynamics/second.mdx': (t) => t.replace('"beta"', '"alhpa"') }))).toEqual([
			'content/dynamics/second.mdx:4: category "alhpa" is not declared in content/thesis.json → did you mean "alpha"?',
		]);
	});
	it('a challenge numbered outside its index chapter', () => {
		expect(report(contentWith({ 'challenges/hard.mdx': (t) => t.replace('"3.1"', '"9.1"') }))).toEqual([
			'content/challenges/hard.mdx:4: section "9.1" is outside chapter 3, which lists the challenges → number it 3.n',
		]);
	});
	it('dynamics without an index chapter', () => {
		expect(
			report(contentWith({ 'chapters/dynamics.mdx': (t) => t.replace('lists: "dynamics"\n', '') })),
		).toContainEqual(expect.stringMatching(/no chapter has `lists: "dynamics"`/));
	});
	it('a TODO left by `npm run new`', () => {
		expect(
			report(
				contentWith({
					'dynamics/second.mdx': (t) => t.replace('"Second dynamic."', '"TODO: one sentence."') + '\nTODO: the text.\n',
				}),
			),
		).toEqual([
			"content/dynamics/second.mdx:3: summary still holds a TODO → replace it with the thesis's own words",
			"content/dynamics/second.mdx:10: the text still holds a TODO → replace it with the thesis's own words",
		]);
	});
});

describe('figures, headings and links', () => {
	it('an unknown figure id with did-you-mean, a figure placed twice, one never placed', () => {
		const problems = report(
			contentWith({
				'dynamics/second.mdx': append('<Figure id="tre" />\n\n<Figure id="chart" />'),
				'chapters/dynamics.mdx': (t) => t.replace('<Figure id="tree" />', ''),
			}),
		);
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/dynamics\/second\.mdx:10:1: <Figure id="tre" \/> names no figure → did you mean "tree"\?$/,
			),
			expect.stringMatching(/^content\/figures\/chart\.md: figure "chart" is placed 2 times/),
			expect.stringMatching(/^content\/figures\/tree\.md: figure "tree" is not placed on any page/),
		]);
	});
	it('a figure with no Mermaid block and no generatedFrom', () => {
		expect(report(contentWith({ 'figures/chart.md': (t) => t.replace(/```mermaid[\s\S]*```/, 'Nothing.') }))).toEqual([
			expect.stringMatching(/chart\.md:\d+: the figure has no ```mermaid block/),
		]);
	});
	it('a second h1 and a skipped level', () => {
		expect(report(contentWith({ 'dynamics/second.mdx': append('# Title again\n\n#### Deep') }))).toEqual([
			expect.stringMatching(/second\.mdx:10:1: "# Title again" is a second h1/),
			'content/dynamics/second.mdx:12:1: heading "Deep" skips a level (h1 to h4) → use ## here',
		]);
	});
	it('every link form is checked: root-relative, relative, reference-style, raw <a>, #same-page', () => {
		const problems = report(
			contentWith({
				'dynamics/second.mdx': append(
					'[a](/dynamics/first/#part) [b](../first/) [c](/full-text/) [d](/#cite-this)\n\n[e](/nowhere/) [f](../nope/) [g][ref] <a href="/challenges/hard/#suggestion">h</a> [i](#nope)\n\n[ref]: /dynamics/first/#nope',
				),
			}),
		);
		expect(problems.map((p) => p.replace(/ → .*/, ''))).toEqual([
			'content/dynamics/second.mdx:12:1: the link to /nowhere/ leads to no page',
			'content/dynamics/second.mdx:12:16: the link to ../nope/ leads to no page',
			'content/dynamics/second.mdx:12:39: the link to /challenges/hard/#suggestion: /challenges/hard/ has no #suggestion',
			'content/dynamics/second.mdx:12:84: the link to #nope: /dynamics/second/ has no #nope',
			'content/dynamics/second.mdx:14:1: the link to /dynamics/first/#nope: /dynamics/first/ has no #nope',
		]);
	});
});

describe('safe MDX: content is text, never code', () => {
	const body = (text: string) =>
		report(contentWith({ 'dynamics/second.mdx': append(text) })).map((p) =>
			p.replace(/^content\/dynamics\/second\.mdx:/, ''),
		);
	it('ESM import and export', () => {
		expect(body("import x from 'node:fs'\n\nexport const y = 1")).toEqual([
			expect.stringMatching(/^10:1: `import x from 'node:fs'`: import and export run code/),
			expect.stringMatching(/^12:1: `export const y = 1`: import and export run code/),
		]);
	});
	it('{expressions} in text and in attributes, with the literal to write', () => {
		expect(body('Home is {process.env.HOME}.\n\n<Figure id={"chart"} />')).toEqual([
			expect.stringMatching(/^10:9: \{process\.env\.HOME\} is an expression/),
			'12:1: <Figure> has id={"chart"}: attribute values are literal text → write id="chart"',
		]);
	});
	it('<script>, <style>, frames, objects and undocumented components', () => {
		expect(
			body(
				'<script>alert(1)</script>\n\n<style>{"p{}"}</style>\n\n<iframe src="/x/"></iframe>\n\n<object data="/x"></object>\n\n<Widget />',
			).map((p) => p.replace(/ → .*/, '')),
		).toEqual([
			'10:1: <script> is not allowed in content: it runs code, loads something or changes the page',
			'12:1: <style> is not allowed in content: it runs code, loads something or changes the page',
			'12:8: {"p{}"} is an expression: MDX would run it when the site is built',
			'14:1: <iframe> is not allowed in content: it runs code, loads something or changes the page',
			'16:1: <object> is not allowed in content: it runs code, loads something or changes the page',
			'18:1: <Widget> is not a documented component',
		]);
	});
	it('on* attributes, javascript: and data: URLs, images from another host', () => {
		expect(
			body(
				'<span onclick="x()">a</span> [b](javascript:alert(1)) ![c](https://evil.example/c.png) <img src="data:image/png;base64,AA" />',
			).map((p) => p.replace(/ → .*/, '')),
		).toEqual([
			"10:1: <span> has onclick=: an event handler runs code in the reader's browser",
			'10:30: the link to javascript:alert(1) would run code or open a document of its own',
			'10:55: an image is loaded from another host (https://evil.example/c.png): the site loads nothing from other sites',
			'10:88: <img src> from data:image/png;base64,AA: the site loads no javascript: or data: URL',
		]);
	});
	it('raw HTML in a .md file is checked the same way', () => {
		const problems = report(contentWith({ 'figures/chart.md': (t) => `${t}\n<img src="x" onerror="alert(1)">\n` }));
		expect(problems).toEqual([expect.stringMatching(/^content\/figures\/chart\.md:13:1: <img> has onerror=/)]);
	});
	it('Mermaid click, link and init directives', () => {
		const problems = body(
			'```mermaid\n%%{init: {"securityLevel": "loose"}}%%\nflowchart LR\n  A --> B\n  click A callback\n```',
		);
		expect(problems.map((p) => p.replace(/ → .*/, ''))).toEqual([
			'11: the Mermaid diagram has an init directive that changes how Mermaid draws or sanitises',
			'14: the Mermaid diagram has a click directive (it runs a callback or opens a link)',
		]);
	});
});

describe('syntax errors', () => {
	it('MDX syntax errors of several files are all reported, each at its place', () => {
		const problems = report(
			contentWith({
				'dynamics/second.mdx': append('An unclosed <span> tag.'),
				'challenges/hard.mdx': append('A stray { brace.'),
			}),
		);
		expect(problems).toEqual([
			expect.stringMatching(
				/^content\/challenges\/hard\.mdx:10:17: the MDX cannot be read: Unexpected end of file in expression/,
			),
			expect.stringMatching(/^content\/dynamics\/second\.mdx:10:\d+: the MDX cannot be read: /),
		]);
	});
	it('Mermaid syntax: labels with markup parse (Node has no DOM to sanitise them in)', async () => {
		const problems = await checkContentFully(
			contentWith({
				'figures/chart.md': (t) => t.replace('A --> B', 'A["<b>Bold</b> and <i>italic</i>"] -->|"a & b"| B'),
			}),
		);
		expect(problems).toEqual([]);
	});
	it('Mermaid syntax, at the line of the mistake', async () => {
		const problems = await checkContentFully(
			contentWith({ 'figures/chart.md': (t) => t.replace('A --> B', 'A --> -->') }),
		);
		expect(problems.map((p) => `${location(p)}: ${p.message.split('\n')[0]}`)).toEqual([
			expect.stringMatching(
				/^content\/figures\/chart\.md:10: Mermaid cannot parse this diagram: Parse error on line \d+/,
			),
		]);
	});
});
