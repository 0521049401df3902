import GithubSlugger from 'github-slugger';
import type { z } from 'astro/zod';
import { mermaidErrorLine } from '../diagrams/error-line';
import { isClosingFence, mermaidBlocksIn, openingFence } from '../diagrams/mermaid-blocks';
import { challengeSchema } from '../schemas/challenge';
import { chapterSchema } from '../schemas/chapter';
import { conceptSchema } from '../schemas/concept';
import { dynamicSchema } from '../schemas/dynamic';
import { figureSchema } from '../schemas/figure';
import { bodyLineOf, readCollection, type ContentFile } from './content-files';
import { mermaidSyntaxError } from './mermaid-syntax';
import { plainReference } from './plain-reference';
import type { Problem } from './problems';

const schemas: Record<string, z.ZodType> = {
	chapters: chapterSchema(plainReference),
	dynamics: dynamicSchema(plainReference),
	challenges: challengeSchema(plainReference),
	concepts: conceptSchema(plainReference),
	figures: figureSchema(),
};

/** Anchors the page templates add to each kind of page, besides headings and figures. */
const templateAnchors: Record<string, string[]> = {
	chapters: ['content'],
	dynamics: ['content', 'related-challenges'],
	challenges: ['content', 'suggestions', 'related-dynamics'],
	concepts: ['content', 'discussed-in', 'related-concepts'],
};

/**
 * Checks everything in content/ that a build relies on, without a build or a browser, and
 * returns every problem found (not just the first): frontmatter, references between
 * entries, duplicate numbers, internal links and anchors, Mermaid syntax, figures, and
 * heading levels.
 */
export async function validateContent(contentDir: string): Promise<Problem[]> {
	const problems: Problem[] = [];
	const files = Object.keys(schemas).flatMap((collection) => readCollection(contentDir, collection));
	const of = (collection: string) => files.filter((f) => f.collection === collection);
	const ids = (collection: string) => new Set(of(collection).map((f) => f.id));

	for (const file of files) {
		if (file.yamlError) {
			problems.push({ file: file.path, line: file.yamlError.line, message: `frontmatter is not valid YAML: ${file.yamlError.message}`, fix: 'quote strings that contain a colon, and indent lists consistently' });
			continue;
		}
		const result = schemas[file.collection].safeParse(file.data);
		for (const issue of result.success ? [] : result.error.issues) {
			const key = String(issue.path[0] ?? '');
			problems.push({ file: file.path, line: file.keyLines.get(key), message: `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`, fix: `see the fields of ${file.collection} in README.md` });
		}
	}

	const valid = files.filter((f) => !f.yamlError);
	checkReferences(valid, 'dynamics', 'relatedChallenges', ids('challenges'), problems);
	checkReferences(valid, 'challenges', 'relatedDynamics', ids('dynamics'), problems);
	for (const collection of ['chapters', 'dynamics', 'challenges']) checkReferences(valid, collection, 'concepts', ids('concepts'), problems);
	checkReferences(valid, 'concepts', 'related', ids('concepts'), problems);

	checkUnique(of('dynamics'), (d) => (d.data.category && d.data.position ? `${d.data.category} ${d.data.position}` : undefined), 'category and position', 'position', problems);
	checkUnique(of('challenges'), (c) => str(c.data.section), 'section', 'section', problems);
	checkUnique(of('chapters'), (c) => str(c.data.section), 'section', 'section', problems);
	checkUnique(of('chapters'), (c) => str(c.data.lists), 'lists', 'lists', problems);

	for (const listed of ['dynamics', 'challenges']) {
		if (of(listed).length > 0 && !of('chapters').some((c) => c.data.lists === listed)) {
			problems.push({ file: `${contentDir}/chapters`, message: `no chapter has \`lists: "${listed}"\` in its frontmatter, so the ${listed} have no index page`, fix: `add lists: "${listed}" to the chapter that introduces them` });
		}
	}

	const pages = ['chapters', 'dynamics', 'challenges'].flatMap(of);
	checkFigures(of('figures'), pages, problems);
	checkHeadings([...pages, ...of('concepts')], problems);
	checkLinks(contentDir, files, pages, problems);
	await checkMermaid(files, problems);
	return problems;
}

function str(value: unknown): string | undefined {
	return typeof value === 'string' ? value : undefined;
}

function checkReferences(files: ContentFile[], collection: string, field: string, known: Set<string>, problems: Problem[]) {
	for (const file of files.filter((f) => f.collection === collection)) {
		const value = file.data[field];
		for (const id of Array.isArray(value) ? value : []) {
			if (typeof id !== 'string' || known.has(id)) continue;
			const suggestion = closest(id, known);
			problems.push({
				file: file.path,
				line: file.keyLines.get(field),
				message: `${field} refers to "${id}", which does not exist`,
				fix: suggestion ? `did you mean "${suggestion}"?` : `use the file name (without .mdx) of an existing entry: ${[...known].sort().join(', ')}`,
			});
		}
	}
}

function checkUnique(files: ContentFile[], key: (file: ContentFile) => string | undefined, what: string, field: string, problems: Problem[]) {
	const seen = new Map<string, ContentFile>();
	for (const file of files) {
		const value = key(file);
		if (value === undefined) continue;
		const first = seen.get(value);
		if (first) problems.push({ file: file.path, line: file.keyLines.get(field), message: `${what} "${value}" is also used by ${first.path}`, fix: `give each its own ${field}` });
		else seen.set(value, file);
	}
}

/** `<Figure id>` / `<FigureRef id>` in page bodies, with their lines. */
function figureUses(page: ContentFile) {
	return [...page.body.matchAll(/<(Figure|FigureRef)\s+id=["']([^"']+)["'][^>]*\/?>/g)].map((m) => ({ component: m[1], id: m[2], line: bodyLineOf(page, m[0]) }));
}

function checkFigures(figures: ContentFile[], pages: ContentFile[], problems: Problem[]) {
	const known = new Set(figures.map((f) => f.id));
	const placements = new Map<string, ContentFile[]>();
	for (const page of pages) {
		for (const use of figureUses(page)) {
			if (!known.has(use.id)) {
				const suggestion = closest(use.id, known);
				problems.push({ file: page.path, line: use.line, message: `<${use.component} id="${use.id}" /> names no figure`, fix: suggestion ? `did you mean "${suggestion}"?` : `add content/figures/${use.id}.md, or use one of: ${[...known].join(', ')}` });
			} else if (use.component === 'Figure') placements.set(use.id, [...(placements.get(use.id) ?? []), page]);
		}
	}
	for (const figure of figures) {
		const placed = placements.get(figure.id) ?? [];
		if (placed.length === 0) problems.push({ file: figure.path, message: `figure "${figure.id}" is not placed on any page`, fix: `add <Figure id="${figure.id}" /> where the thesis shows it` });
		if (placed.length > 1) problems.push({ file: figure.path, message: `figure "${figure.id}" is placed on ${placed.length} pages (${placed.map((p) => p.path).join(', ')})`, fix: `place it once; elsewhere refer to it with <FigureRef id="${figure.id}" />` });
		const hasBlock = mermaidBlocksIn(figure.body, figure.path).length > 0;
		if (!figure.yamlError && hasBlock === Boolean(figure.data.generatedFrom)) {
			problems.push({ file: figure.path, line: figure.bodyLine, message: hasBlock ? 'the figure has both a ```mermaid block and generatedFrom' : 'the figure has no ```mermaid block', fix: hasBlock ? 'keep one of the two' : 'write the drawing as a ```mermaid block in the body' });
		}
	}
}

function headingsOf(file: ContentFile) {
	const headings: { depth: number; text: string; line: number }[] = [];
	// Lines inside code blocks are code, not headings.
	let fence: string | undefined;
	file.body.split('\n').forEach((line, i) => {
		if (fence) {
			if (isClosingFence(line, fence)) fence = undefined;
			return;
		}
		fence = openingFence(line)?.fence;
		const heading = fence ? null : /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
		if (heading) headings.push({ depth: heading[1].length, text: heading[2], line: file.bodyLine + i });
	});
	return headings;
}

function checkHeadings(files: ContentFile[], problems: Problem[]) {
	for (const file of files) {
		let previous = 1; // the page title is the h1
		for (const heading of headingsOf(file)) {
			if (heading.depth === 1) problems.push({ file: file.path, line: heading.line, message: `"# ${heading.text}" is a second h1: the title is the page's h1`, fix: 'start the body\'s headings at ##' });
			else if (heading.depth > previous + 1) problems.push({ file: file.path, line: heading.line, message: `heading "${heading.text}" skips a level (h${previous} to h${heading.depth})`, fix: `use ${'#'.repeat(previous + 1)} here` });
			previous = heading.depth;
		}
	}
}

/** Every page path of the site and the anchors each has. */
function siteMap(files: ContentFile[], pages: ContentFile[]): Map<string, Set<string>> {
	const anchors = (file: ContentFile) => {
		const slugger = new GithubSlugger();
		const list = [...(templateAnchors[file.collection] ?? []), ...headingsOf(file).map((h) => slugger.slug(h.text))];
		list.push(...figureUses(file).filter((u) => u.component === 'Figure').map((u) => `figure-${u.id}`));
		if (file.data.lists === 'challenges') list.push('challenges', 'relations', 'relations-map');
		return new Set(list);
	};
	const map = new Map<string, Set<string>>([
		['/', new Set(['content', 'abstract', 'contents'])],
		['/concepts/', new Set(['content'])],
		['/figures/', new Set(['content'])],
		['/search/', new Set(['content'])],
	]);
	for (const file of pages) map.set(file.collection === 'chapters' ? `/${file.id}/` : `/${file.collection}/${file.id}/`, anchors(file));
	for (const file of files.filter((f) => f.collection === 'concepts')) map.set(`/concepts/${file.id}/`, anchors(file));
	// Categories of dynamics are anchors of the chapter that lists the dynamics.
	const dynamicsIndex = pages.find((p) => p.data.lists === 'dynamics');
	if (dynamicsIndex) for (const d of files.filter((f) => f.collection === 'dynamics')) map.get(`/${dynamicsIndex.id}/`)?.add(String(d.data.category));
	return map;
}

function checkLinks(contentDir: string, files: ContentFile[], pages: ContentFile[], problems: Problem[]) {
	const site = siteMap(files, pages);
	for (const file of files) {
		const self = file.collection === 'chapters' ? `/${file.id}/` : `/${file.collection}/${file.id}/`;
		const texts = [file.body, ...Object.values(file.data).filter((v): v is string => typeof v === 'string')];
		for (const text of texts) {
			for (const match of text.matchAll(/\]\((\/[^)\s]*|#[^)\s]*)\)|href=["'](\/[^"']*|#[^"']*)["']/g)) {
				const target = match[1] ?? match[2];
				const [rawPath, anchor] = target.split('#');
				const path = rawPath === '' ? self : rawPath.endsWith('/') ? rawPath : `${rawPath}/`;
				const line = text === file.body ? bodyLineOf(file, target) : undefined;
				const anchors = site.get(path);
				if (!anchors) {
					problems.push({ file: file.path, line, message: `the link to ${target} leads to no page`, fix: `link to an existing page, e.g. /dynamics/<file name>/ (pages come from ${contentDir})` });
				} else if (anchor && !anchors.has(anchor)) {
					problems.push({ file: file.path, line, message: `the link to ${target}: ${path} has no #${anchor}`, fix: `use one of: ${[...anchors].map((a) => `#${a}`).join(', ')}` });
				}
			}
		}
	}
}

async function checkMermaid(files: ContentFile[], problems: Problem[]) {
	for (const file of files) {
		for (const block of mermaidBlocksIn(file.body, file.path)) {
			const message = await mermaidSyntaxError(block.source);
			if (message) {
				const line = mermaidErrorLine(message, block.source);
				problems.push({ file: file.path, line: file.bodyLine + block.line - 1 + line - 1, message: `Mermaid cannot parse this diagram: ${message.split('\n').slice(0, 3).join('\n    ')}`, fix: 'check the diagram syntax at https://mermaid.js.org/intro/syntax-reference.html' });
			}
		}
	}
}

/** The known id nearest to a mistyped one, if it is close (or contains it). */
function closest(id: string, known: Set<string>): string | undefined {
	const containing = [...known].filter((candidate) => candidate.startsWith(id) || id.startsWith(candidate));
	if (containing.length === 1) return containing[0];
	let best: { id: string; distance: number } | undefined;
	for (const candidate of known) {
		const distance = editDistance(id, candidate);
		if (!best || distance < best.distance) best = { id: candidate, distance };
	}
	return best && best.distance <= Math.max(2, Math.floor(id.length / 4)) ? best.id : undefined;
}

function editDistance(a: string, b: string): number {
	const row = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		let diagonal = row[0];
		row[0] = i;
		for (let j = 1; j <= b.length; j++) {
			const above = row[j];
			row[j] = Math.min(row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] === b[j - 1] ? 0 : 1));
			diagonal = above;
		}
	}
	return row[b.length];
}
