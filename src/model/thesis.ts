import type { z } from 'astro/zod';
import type { Entry } from '../content/entry.ts';
import type { Collection } from '../content/read.ts';
import { compareSections, dynamicLabel } from '../lib/sections.ts';
import { siteHref } from '../lib/urls.ts';
import type { challengeSchema } from '../schemas/challenge.ts';
import type { chapterSchema } from '../schemas/chapter.ts';
import type { conceptSchema } from '../schemas/concept.ts';
import type { dynamicSchema } from '../schemas/dynamic.ts';
import type { figureSchema } from '../schemas/figure.ts';
import type { thesisSchema } from '../schemas/thesis.ts';
import type { EditionRecord } from '../editions/record.ts';
import { emptyRegistry, type RegistryFile } from '../passages/registry.ts';
import { buildConcepts, type ConceptView } from './concepts.ts';
import { buildEditions, textNow, type Editions } from './editions.ts';
import { assignPassages, pageKey } from './passage-ids.ts';
import { buildPassages, type Passages } from './passages.ts';
import { anchors, paths } from './routes.ts';

/** What a page is; 'utility' pages (404, …) are outside the reading order. */
export type PageKind = 'home' | 'chapter' | 'dynamic' | 'challenge' | 'concept' | 'full-text' | 'utility';

/** A link in the site navigation: a page, or a group inside a page (a category). */
export interface NavItem {
	title: string;
	section?: string;
	href: string;
	children: NavItem[];
	/** Children the contents leave out on this page (a long group shows a window); `href` lists them all. */
	omitted?: number;
}

/** One page of the site, in thesis order. */
export interface Page {
	kind: PageKind;
	title: string;
	/** The section label as the thesis numbers it: "2", "2.1 (3)", "3.2". */
	section?: string;
	/** The category of a dynamic (an id declared in thesis.json). */
	category?: string;
	/** The content file the page shows, relative to the project (e.g. content/dynamics/x.mdx). */
	source?: string;
	summary: string;
	href: string;
	/** Ancestors, from the home page down, for breadcrumbs. */
	trail: NavItem[];
	previous?: Page;
	next?: Page;
}

type ThesisMetadata = z.output<ReturnType<typeof thesisSchema>>;
type Category = ThesisMetadata['categories'][number];

/** An entry whose frontmatter passed its schema: the data is the schema's output. */
export type ValidEntry<C extends Collection, D> = Omit<Entry, 'collection' | 'data'> & { collection: C; data: D };
export type ChapterEntry = ValidEntry<'chapters', z.output<ReturnType<typeof chapterSchema>>>;
export type DynamicEntry = ValidEntry<'dynamics', z.output<ReturnType<typeof dynamicSchema>>>;
export type ChallengeEntry = ValidEntry<'challenges', z.output<ReturnType<typeof challengeSchema>>>;
export type FigureEntry = ValidEntry<'figures', z.output<ReturnType<typeof figureSchema>>>;
export type ConceptEntry = ValidEntry<'concepts', z.output<ReturnType<typeof conceptSchema>>>;

/** Everything the model is built from: the metadata and the valid entries of each collection. */
export interface ThesisInput {
	metadata: ThesisMetadata;
	chapters: ChapterEntry[];
	dynamics: DynamicEntry[];
	challenges: ChallengeEntry[];
	figures: FigureEntry[];
	concepts: ConceptEntry[];
	/** The passage registry as read (none yet: every passage is new). */
	passages?: RegistryFile;
	/** The recorded editions, oldest first (none before the first `npm run edition`). */
	editions?: EditionRecord[];
}

export interface ChapterView {
	page: Page;
	entry: ChapterEntry;
}
export interface DynamicView {
	page: Page;
	entry: DynamicEntry;
	category: Category;
	/** Challenges that concern this dynamic, declared on either side. */
	related: ChallengeView[];
}
export interface ChallengeView {
	page: Page;
	entry: ChallengeEntry;
	/** Dynamics this challenge concerns, declared on either side. */
	related: DynamicView[];
}
export interface FigureView {
	entry: FigureEntry;
	/** Numbered in the order figures are placed, reading the thesis from the start. */
	number: number;
	/** "Fig. 2" */
	label: string;
	/** The id of the <figure> element on its page. */
	anchor: string;
	/** Link to the figure where it is placed. */
	href: string;
	/** The page that places the figure. */
	page: Page;
}
export interface CategoryView extends Category {
	/** Anchor of the category on its listing page. */
	href: string;
	dynamics: DynamicView[];
}

/** The whole thesis, validated and ordered, as every page of the site sees it. */
export interface Thesis {
	metadata: ThesisMetadata;
	home: Page;
	chapters: ChapterView[];
	categories: CategoryView[];
	dynamics: DynamicView[];
	challenges: ChallengeView[];
	figures: FigureView[];
	/** The glossary, A–Z. */
	concepts: ConceptView[];
	/** Every page in reading order (previous/next follow it). */
	pages: Page[];
	nav: NavItem[];
	/** Citable passages, their ids, and what pages keep of those that left them. */
	passages: Passages;
	/** The recorded editions, what each changed, and what changed since the last. */
	editions: Editions;
}

/**
 * A page outside the thesis order (figures, concepts, search, 404, the full text): one
 * level below the home page, at `path` under the site's base.
 */
export function pageOutsideTheOrder(
	thesis: Thesis,
	page: { kind?: 'utility' | 'full-text'; title: string; summary: string; path: string },
): Page {
	return {
		kind: page.kind ?? 'utility',
		title: page.title,
		summary: page.summary,
		href: siteHref(page.path),
		trail: [{ title: 'Home', href: thesis.home.href, children: [] }],
	};
}

/**
 * The thesis model, a pure function of valid content: pages in reading order, navigation,
 * relations, numbered figures and the glossary. The rules have checked the input (unique
 * sections, existing references, declared categories, placed figures), so it trusts it.
 */
export function buildThesis(input: ThesisInput): Thesis {
	const { metadata } = input;
	const chapterEntries = [...input.chapters].sort((a, b) => compareSections(a.data.section, b.data.section));
	const dynamicEntries = input.dynamics;
	const challengeEntries = [...input.challenges].sort((a, b) => compareSections(a.data.section, b.data.section));

	const home: Page = {
		kind: 'home',
		title: metadata.title,
		summary: metadata.description,
		href: siteHref(paths.home),
		trail: [],
	};
	const homeLink: NavItem = { title: 'Home', href: home.href, children: [] };

	const chapters: ChapterView[] = chapterEntries.map((entry) => ({
		entry,
		page: {
			kind: 'chapter',
			title: entry.data.title,
			section: entry.data.section,
			summary: entry.data.summary,
			href: siteHref(paths.chapter(entry.id)),
			trail: [homeLink],
			source: entry.file,
		},
	}));
	const dynamicsChapter = chapters.find((c) => c.entry.data.lists === 'dynamics');
	const challengesChapter = chapters.find((c) => c.entry.data.lists === 'challenges');
	const linkTo = (page: Page): NavItem => ({ title: page.title, section: page.section, href: page.href, children: [] });

	const categories: CategoryView[] = metadata.categories.map((category) => ({
		...category,
		href: `${dynamicsChapter?.page.href ?? home.href}#${category.id}`,
		dynamics: [],
	}));
	const dynamics: DynamicView[] = [];
	for (const category of categories) {
		const members = dynamicEntries
			.filter((d) => d.data.category === category.id)
			.sort((a, b) => a.data.position - b.data.position);
		const categoryLink: NavItem = {
			title: category.title,
			section: category.section,
			href: category.href,
			children: [],
		};
		for (const entry of members) {
			const view: DynamicView = {
				entry,
				category,
				related: [],
				page: {
					kind: 'dynamic',
					title: entry.data.title,
					section: dynamicLabel(category.section, entry.data.position),
					category: category.id,
					source: entry.file,
					summary: entry.data.summary,
					href: siteHref(paths.dynamic(entry.id)),
					trail: [homeLink, ...(dynamicsChapter ? [linkTo(dynamicsChapter.page)] : []), categoryLink],
				},
			};
			category.dynamics.push(view);
			dynamics.push(view);
		}
	}
	const challenges: ChallengeView[] = challengeEntries.map((entry) => ({
		entry,
		related: [],
		page: {
			kind: 'challenge',
			title: entry.data.title,
			section: entry.data.section,
			summary: entry.data.summary,
			href: siteHref(paths.challenge(entry.id)),
			trail: [homeLink, ...(challengesChapter ? [linkTo(challengesChapter.page)] : [])],
			source: entry.file,
		},
	}));

	// A relation declared on either side shows on both pages.
	for (const dynamic of dynamics) {
		for (const challenge of challenges) {
			const declared =
				dynamic.entry.data.relatedChallenges.some((r) => r.id === challenge.entry.id) ||
				challenge.entry.data.relatedDynamics.some((r) => r.id === dynamic.entry.id);
			if (declared) {
				dynamic.related.push(challenge);
				challenge.related.push(dynamic);
			}
		}
	}

	// Reading order: home, then each chapter followed by the entries it lists.
	const pages: Page[] = [home];
	const nav: NavItem[] = [linkTo(home)];
	const texts: PageText[] = [];
	for (const chapter of chapters) {
		pages.push(chapter.page);
		texts.push(chapter);
		const chapterLink = linkTo(chapter.page);
		nav.push(chapterLink);
		if (chapter === dynamicsChapter) {
			for (const category of categories) {
				pages.push(...category.dynamics.map((d) => d.page));
				texts.push(...category.dynamics);
				chapterLink.children.push({
					title: category.title,
					section: category.section,
					href: category.href,
					children: category.dynamics.map((d) => linkTo(d.page)),
				});
			}
		}
		if (chapter === challengesChapter) {
			pages.push(...challenges.map((c) => c.page));
			texts.push(...challenges);
			chapterLink.children.push(...challenges.map((c) => linkTo(c.page)));
		}
	}
	pages.forEach((page, i) => {
		page.previous = pages[i - 1];
		page.next = pages[i + 1];
	});

	const figures = placeFigures(input.figures, texts);
	const concepts = buildConcepts(input.concepts, texts, homeLink);
	const pagesByKey = new Map(texts.map(({ page, entry }) => [pageKey(entry), page]));
	const passages = buildPassages(
		assignPassages(input, input.passages ?? emptyRegistry('content/passages.jsonl')),
		pagesByKey,
	);
	const editions = buildEditions(
		input.editions ?? [],
		textNow(
			[...pagesByKey].map(([key, page]) => ({ key, page })),
			passages,
		),
		passages,
		pagesByKey,
	);
	return {
		metadata,
		home,
		chapters,
		categories,
		dynamics,
		challenges,
		figures,
		concepts,
		pages,
		nav,
		passages,
		editions,
	};
}

/** A page and the MDX entry whose body it shows. */
type PageText = { page: Page; entry: ChapterEntry | DynamicEntry | ChallengeEntry };

/** Numbers figures in the order pages place them (`<Figure id="…" />`), reading the thesis from the start. */
function placeFigures(entries: FigureEntry[], texts: PageText[]): FigureView[] {
	const known = new Map(entries.map((entry) => [entry.id, entry]));
	const figures: FigureView[] = [];
	for (const { page, entry } of texts) {
		for (const use of entry.figureUses) {
			const figure = use.id === undefined ? undefined : known.get(use.id);
			if (use.component !== 'Figure' || !figure || figures.some((f) => f.entry === figure)) continue;
			const number = figures.length + 1;
			const anchor = anchors.figure(figure.id);
			figures.push({ entry: figure, number, label: `Fig. ${number}`, anchor, href: `${page.href}#${anchor}`, page });
		}
	}
	return figures;
}
