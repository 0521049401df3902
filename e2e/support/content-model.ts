/**
 * What the content tests expect, read from the thesis itself (`content/`, or the folder
 * THESIS_CONTENT_DIR names): pages in reading order with their labels and paths, figures
 * in the order they are placed, concepts A–Z. Tests compare the built site with this, so
 * an editor's new page is checked rather than rejected.
 *
 * It is a plain reading of the files (frontmatter through `yaml`), deliberately not the
 * site's model (src/model/thesis.ts): a second, independent reading checks the generator
 * instead of repeating it. It trusts the content to be valid: the build validates it.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';
// Section order is plain arithmetic on numbers; the generator's pure helper is reused.
import { compareSections } from '../../src/lib/sections.ts';

export type PageKind = 'home' | 'chapter' | 'dynamic' | 'challenge';

/** A page of the reading order (home, chapters, dynamics, challenges). */
export interface ModelPage {
	kind: PageKind;
	/** File name without extension; '' for the home page. */
	id: string;
	/** The page's path on the site, e.g. "/dynamics/big-data-integration/". */
	path: string;
	title: string;
	/** "2", "2.1 (3)", "3.2"; none for the home page. */
	section?: string;
	/** The label the contents and headings show: "2.1 (3) Title". */
	label: string;
	summary: string;
	/** The content file, relative to the project, e.g. "content/dynamics/x.mdx". */
	file?: string;
	body: string;
	data: Record<string, unknown>;
}

export interface ModelCategory {
	id: string;
	section: string;
	title: string;
	/** "2.1 Technology dynamics" */
	label: string;
	dynamics: (ModelPage & { position: number })[];
}

export interface ModelChallenge extends ModelPage {
	suggestions: string[];
	relatedDynamics: string[];
}

export interface ModelFigure {
	id: string;
	/** "Fig. 2" */
	label: string;
	caption: string;
	title: string;
	description: string;
	/** Where the drawing comes from, shown with the caption. */
	source?: string;
	/** Drawn from the content (e.g. "dynamics-tree") rather than from a Mermaid block. */
	generatedFrom?: string;
	/** The page that places it. */
	page: ModelPage;
	anchor: string;
}

export interface ModelConcept {
	id: string;
	path: string;
	term: string;
	aliases: string[];
	definition: string;
	related: string[];
}

/** A line of the passage registry (content/passages.jsonl), with the address of its page. */
export interface ModelPassage {
	id: string;
	/** "dynamics/big-data-integration" */
	page: string;
	/** The page's path: "/dynamics/big-data-integration/". */
	path: string;
	removed?: true;
	mergedInto?: string;
	/** Paths of the pages it stood on before it moved. */
	formerly: string[];
	alias?: string;
	text: string;
}

/** A recorded edition (content/editions/<n>.jsonl): its header, and its passages in order. */
export interface ModelEdition {
	edition: number;
	date: string;
	note: string;
	/** Each page of the edition as it named it: "dynamics/x" → "2.1 (2) Title". */
	pages: Map<string, string>;
	passages: { id: string; page: string; text: string }[];
}

export interface ContentModel {
	dir: string;
	metadata: {
		title: string;
		shortTitle?: string;
		language: string;
		abstract: string[];
		categories: { id: string; section: string; title: string }[];
	};
	home: ModelPage;
	/** Chapters by section number. */
	chapters: (ModelPage & { lists?: 'dynamics' | 'challenges' })[];
	categories: ModelCategory[];
	dynamics: (ModelPage & { position: number; category: string; relatedChallenges: string[] })[];
	challenges: ModelChallenge[];
	/** Every page in reading order: previous/next follow it. */
	pages: ModelPage[];
	figures: ModelFigure[];
	/** A–Z, as the concepts index sorts them. */
	concepts: ModelConcept[];
	/** Pages of the site outside the reading order, with their paths. */
	utilityPaths: string[];
	/** Every passage id the registry has given, in its order (none before the first build). */
	passages: ModelPassage[];
	/** The recorded editions, oldest first (none before the first `npm run edition`). */
	editions: ModelEdition[];
}

/** The folder the tests read the thesis from: the one the build reads. */
export const contentDir = resolve(process.env.THESIS_CONTENT_DIR ?? 'content');

let cached: ContentModel | undefined;

/** The model of the thesis in `contentDir`, read once per process. */
export function contentModel(): ContentModel {
	cached ??= readContentModel(contentDir);
	return cached;
}

/** Sort key of a concept's term, as the index files it: letters only. */
export function termKey(term: string): string {
	return term.replace(/^[^\p{L}\p{N}]+/u, '').toLocaleLowerCase('en');
}

interface Entry {
	id: string;
	file: string;
	data: Record<string, unknown>;
	body: string;
}

/** Reads the model of the thesis in `dir`. */
export function readContentModel(dir: string): ContentModel {
	const metadata = JSON.parse(readFileSync(join(dir, 'thesis.json'), 'utf8')) as ContentModel['metadata'] & {
		description: string;
	};
	const entries = (collection: string) => readEntries(dir, collection);
	const page = (kind: PageKind, entry: Entry, path: string, section: string | undefined): ModelPage => ({
		kind,
		id: entry.id,
		path,
		title: String(entry.data.title),
		section,
		label: section ? `${section} ${String(entry.data.title)}` : String(entry.data.title),
		summary: String(entry.data.summary ?? ''),
		file: entry.file,
		body: entry.body,
		data: entry.data,
	});

	const home: ModelPage = {
		kind: 'home',
		id: '',
		path: '/',
		title: metadata.title,
		label: metadata.title,
		summary: metadata.description,
		body: '',
		data: {},
	};
	const chapters = entries('chapters')
		.map((entry) => ({
			...page('chapter', entry, `/${entry.id}/`, String(entry.data.section)),
			lists: entry.data.lists as 'dynamics' | 'challenges' | undefined,
		}))
		.sort((a, b) => compareSections(a.section!, b.section!));
	const categories: ModelCategory[] = metadata.categories.map((category) => ({
		...category,
		label: `${category.section} ${category.title}`,
		dynamics: [],
	}));
	const dynamics: ContentModel['dynamics'] = [];
	const dynamicEntries = entries('dynamics');
	for (const category of categories) {
		const members = dynamicEntries
			.filter((entry) => entry.data.category === category.id)
			.sort((a, b) => Number(a.data.position) - Number(b.data.position));
		for (const entry of members) {
			const position = Number(entry.data.position);
			const dynamic = {
				...page('dynamic', entry, `/dynamics/${entry.id}/`, `${category.section} (${position})`),
				position,
				category: category.id,
				relatedChallenges: (entry.data.relatedChallenges as string[] | undefined) ?? [],
			};
			category.dynamics.push(dynamic);
			dynamics.push(dynamic);
		}
	}
	const challenges: ModelChallenge[] = entries('challenges')
		.map((entry) => ({
			...page('challenge', entry, `/challenges/${entry.id}/`, String(entry.data.section)),
			suggestions: (entry.data.suggestions as string[] | undefined) ?? [],
			relatedDynamics: (entry.data.relatedDynamics as string[] | undefined) ?? [],
		}))
		.sort((a, b) => compareSections(a.section!, b.section!));

	const pages: ModelPage[] = [home];
	for (const chapter of chapters) {
		pages.push(chapter);
		if (chapter.lists === 'dynamics') pages.push(...dynamics);
		if (chapter.lists === 'challenges') pages.push(...challenges);
	}

	const figureEntries = new Map(entries('figures').map((entry) => [entry.id, entry]));
	const figures: ModelFigure[] = [];
	for (const text of pages) {
		for (const match of text.body.matchAll(/<Figure\s+id=["']([^"']+)["']/g)) {
			const entry = figureEntries.get(match[1]);
			if (!entry || figures.some((f) => f.id === entry.id)) continue;
			figures.push({
				id: entry.id,
				label: `Fig. ${figures.length + 1}`,
				caption: String(entry.data.caption),
				title: String(entry.data.title ?? ''),
				description: String(entry.data.description ?? ''),
				source: entry.data.source as string | undefined,
				generatedFrom: entry.data.generatedFrom as string | undefined,
				page: text,
				anchor: `figure-${entry.id}`,
			});
		}
	}

	const concepts: ModelConcept[] = entries('concepts')
		.map((entry) => ({
			id: entry.id,
			path: `/concepts/${entry.id}/`,
			term: String(entry.data.term),
			aliases: (entry.data.aliases as string[] | undefined) ?? [],
			definition: String(entry.data.definition),
			related: (entry.data.related as string[] | undefined) ?? [],
		}))
		.sort((a, b) => termKey(a.term).localeCompare(termKey(b.term), 'en'));

	const editions = readEditions(dir);
	return {
		dir,
		metadata,
		home,
		chapters,
		categories,
		dynamics,
		challenges,
		pages,
		figures,
		concepts,
		utilityPaths: [
			'/full-text/',
			'/figures/',
			'/concepts/',
			'/search/',
			'/changes/',
			...editions.map((e) => `/editions/${e.edition}/`),
			'/404/',
		],
		passages: readPassages(dir),
		editions,
	};
}

/** The path of a page named as the registry names it: "dynamics/x" → "/dynamics/x/", "chapters/x" → "/x/". */
export function pathOfPage(page: string): string {
	const [collection, id] = page.split('/');
	return collection === 'chapters' ? `/${id}/` : `/${collection}/${id}/`;
}

/** The passage registry, line by line. */
function readPassages(dir: string): ModelPassage[] {
	const file = join(dir, 'passages.jsonl');
	if (!existsSync(file)) return [];
	return readFileSync(file, 'utf8')
		.split('\n')
		.filter((line) => line.trim())
		.map((line) => {
			const entry = JSON.parse(line) as Omit<ModelPassage, 'path' | 'formerly'> & { formerly?: string[] };
			return { ...entry, path: pathOfPage(entry.page), formerly: (entry.formerly ?? []).map(pathOfPage) };
		});
}

/** "Edition 2, 3 December 2026", the date as a reader in any locale reads it here (the build formats it itself). */
export function editionLabel(edition: Pick<ModelEdition, 'edition' | 'date'>): string {
	const day = new Date(`${edition.date}T00:00:00Z`).toLocaleDateString('en-GB', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC',
	});
	return `Edition ${edition.edition}, ${day}`;
}

/** The edition records, by number: a header line, then page lines and passage lines. */
function readEditions(dir: string): ModelEdition[] {
	const folder = join(dir, 'editions');
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => name.endsWith('.jsonl'))
		.map((name) => {
			const [header, ...lines] = readFileSync(join(folder, name), 'utf8')
				.split('\n')
				.filter((line) => line.trim())
				.map((line) => JSON.parse(line) as Record<string, string>);
			return {
				edition: Number(header.edition),
				date: header.date,
				note: header.note,
				pages: new Map(lines.filter((l) => !l.id).map((l) => [l.page, `${l.section} ${l.title}`])),
				passages: lines.filter((l) => l.id).map(({ id, page, text }) => ({ id, page, text })),
			};
		})
		.sort((a, b) => a.edition - b.edition);
}

/** The `.md`/`.mdx` files of a collection folder, frontmatter parsed, by file name. */
function readEntries(dir: string, collection: string): Entry[] {
	const folder = join(dir, collection);
	if (!existsSync(folder)) return [];
	return readdirSync(folder)
		.filter((name) => /\.mdx?$/.test(name))
		.sort()
		.map((name) => {
			const text = readFileSync(join(folder, name), 'utf8');
			const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
			return {
				id: name.replace(/\.mdx?$/, ''),
				file: join(relativeContentRoot(dir), collection, name),
				data: (match ? parse(match[1]) : {}) as Record<string, unknown>,
				body: match ? match[2] : text,
			};
		});
}

/** `content` for the project's own thesis; the absolute folder for any other. */
function relativeContentRoot(dir: string): string {
	return resolve(dir) === resolve('content') ? 'content' : dir;
}
