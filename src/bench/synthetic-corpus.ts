import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const words =
	'information infrastructure network platform data industry innovation service market enterprise government standard security engineering terminal cloud resource production organization strategy development transformation integration economy society'.split(
		' ',
	);

/** Deterministic filler text: the same corpus for the same n, run after run. */
function sentence(seed: number, length = 14): string {
	const picked = Array.from({ length }, (_, i) => words[(seed * 7 + i * 13 + ((seed * i) % 11)) % words.length]);
	return `${picked.join(' ').replace(/^./, (c) => c.toUpperCase())}.`;
}

/** A made-up word of three letters for a number: no dynamic's title is the start of another's. */
function codeWord(n: number): string {
	const letters = 'bcdfghjklmnpqrstvwxz';
	return [Math.floor(n / 400) % 20, Math.floor(n / 20) % 20, n % 20].map((i) => letters[i]).join('');
}

function paragraph(seed: number): string {
	return Array.from({ length: 5 }, (_, i) => sentence(seed * 5 + i)).join(' ');
}

function page(frontmatter: Record<string, unknown>, body: string): string {
	const yaml = Object.entries(frontmatter)
		.map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
		.join('\n');
	return `---\n${yaml}\n---\n\n${body}\n`;
}

/**
 * A synthetic thesis of `n` dynamics (typed frontmatter, concepts declared and mentioned,
 * one diagram per 10 pages), with the chapters and challenges the generator needs, and
 * its source.txt: the numbered headings and running text the pages must show.
 */
export function writeSyntheticCorpus(root: string, n: number): void {
	const source: string[] = [];
	for (const folder of ['chapters', 'dynamics', 'challenges', 'concepts'])
		mkdirSync(join(root, folder), { recursive: true });
	writeFileSync(
		join(root, 'thesis.json'),
		JSON.stringify({
			title: `A synthetic thesis of ${n} pages`,
			shortTitle: 'Synthetic thesis',
			language: 'en',
			description: 'Generated to measure how the build scales.',
			abstract: [paragraph(1)],
			keywords: [],
			categories: [
				{ id: 'first-family', section: '2.1', title: 'First family of dynamics', lead: sentence(2) },
				{ id: 'second-family', section: '2.2', title: 'Second family of dynamics', lead: sentence(3) },
			],
		}),
	);
	const chapters = [
		{ id: 'introduction', title: 'Introduction', section: '1' },
		{ id: 'dynamics', title: 'Dynamics', section: '2', lists: 'dynamics' },
		{ id: 'challenges', title: 'Challenges', section: '3', lists: 'challenges' },
		{ id: 'summary', title: 'Summary', section: '4' },
	];
	for (const [i, { id, ...data }] of chapters.entries()) {
		writeFileSync(join(root, 'chapters', `${id}.mdx`), page({ ...data, summary: sentence(10 + i) }, paragraph(10 + i)));
		source.push(`${data.section}. ${data.title}`, paragraph(10 + i));
	}
	const conceptCount = Math.max(10, Math.round(n / 20));
	for (let c = 1; c <= conceptCount; c++) {
		writeFileSync(
			join(root, 'concepts', `concept-${c}.mdx`),
			page({ term: `concept ${c}`, aliases: [], definition: sentence(100 + c), related: [] }, ''),
		);
	}
	for (let k = 1; k <= 4; k++) {
		writeFileSync(
			join(root, 'challenges', `challenge-${k}.mdx`),
			page(
				{
					title: `Challenge ${k}`,
					summary: sentence(200 + k),
					section: `3.${k}`,
					suggestions: [sentence(300 + k)],
					relatedDynamics: [],
				},
				paragraph(200 + k),
			),
		);
		source.push(`3.${k} Challenge ${k}`, paragraph(200 + k));
	}
	for (let p = 1; p <= n; p++) {
		const category = p % 2 ? 'first-family' : 'second-family';
		const concepts = [`concept-${(p % conceptCount) + 1}`, `concept-${((p * 7) % conceptCount) + 1}`];
		const diagram =
			p % 10 === 0
				? `\n\n\`\`\`mermaid\nflowchart LR\n  a${p}["Page ${p}: data"] --> b${p}["platform ${p}"] --> c${p}["service ${p}"]\n\`\`\``
				: '';
		const text = [`${paragraph(p)} It mentions concept ${(p % conceptCount) + 1} by name.`, paragraph(p + 1)];
		const body = `${text.join('\n\n')}${diagram}`;
		const title = `The ${codeWord(p)} dynamic`;
		source.push(`(${Math.ceil(p / 2)}) ${title}`, ...text);
		writeFileSync(
			join(root, 'dynamics', `dynamic-${p}.mdx`),
			page(
				{
					title,
					summary: sentence(p),
					category,
					position: Math.ceil(p / 2),
					relatedChallenges: [`challenge-${(p % 4) + 1}`],
					concepts: [...new Set(concepts)],
				},
				body,
			),
		);
	}
	writeFileSync(join(root, 'source.txt'), `${source.join('\n\n')}\n`);
}
