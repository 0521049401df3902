import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { mermaidBlocksIn } from '../diagrams/mermaid-blocks';
import { contentDir } from '../paths';
import { buildConcepts, type ConceptSource, type ConceptView } from './concepts';
import { assertReferences, assertUnique } from './content-checks';
import { ContentError, lineOf } from './content-error';
import { compareSections, dynamicLabel } from './sections';
import { siteHref } from './urls';

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
	/** The category of a dynamic ("technology", "social"). */
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

type ThesisMetadata = CollectionEntry<'thesis'>['data'];
type Category = ThesisMetadata['categories'][number];

export interface ChapterView {
	page: Page;
	entry: CollectionEntry<'chapters'>;
}
export interface DynamicView {
	page: Page;
	entry: CollectionEntry<'dynamics'>;
	category: Category;
	/** Challenges that concern this dynamic, declared on either side. */
	related: ChallengeView[];
}
export interface ChallengeView {
	page: Page;
	entry: CollectionEntry<'challenges'>;
	/** Dynamics this challenge concerns, declared on either side. */
	related: DynamicView[];
}
export interface FigureView {
	entry: CollectionEntry<'figures'>;
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
}

let loaded: Promise<Thesis> | undefined;

/** Loads and checks the content once per build; every page shares the result. */
export function loadThesis(): Promise<Thesis> {
	loaded ??= buildThesis();
	return loaded;
}

/**
 * A page outside the thesis order (figures, concepts, search, 404, the full text): one
 * level below the home page, at `path` under the site's base.
 */
export function pageOutsideTheOrder(thesis: Thesis, page: { kind?: 'utility' | 'full-text'; title: string; summary: string; path: string }): Page {
	return {
		kind: page.kind ?? 'utility',
		title: page.title,
		summary: page.summary,
		href: siteHref(page.path),
		trail: [{ title: 'Home', href: thesis.home.href, children: [] }],
	};
}

async function buildThesis(): Promise<Thesis> {
	const metadataFile = `${contentDir}/thesis.json`;
	const metadataEntry = await getEntry('thesis', 'thesis');
	if (!metadataEntry) throw new ContentError(metadataFile, 'missing or not valid JSON: the thesis metadata could not be read');
	const metadata = metadataEntry.data;

	const chapterEntries = (await getCollection('chapters')).sort((a, b) => compareSections(a.data.section, b.data.section));
	const dynamicEntries = await getCollection('dynamics');
	const challengeEntries = (await getCollection('challenges')).sort((a, b) => compareSections(a.data.section, b.data.section));
	const figureEntries = await getCollection('figures');
	const conceptEntries = await getCollection('concepts');

	assertUnique(chapterEntries, (c) => c.data.section, 'section');
	assertUnique(challengeEntries, (c) => c.data.section, 'section');
	assertUnique(dynamicEntries, (d) => `${d.data.category} ${d.data.position}`, 'category and position');
	assertUnique(chapterEntries.filter((c) => c.data.lists), (c) => c.data.lists, 'lists');
	assertReferences(dynamicEntries, 'relatedChallenges', new Set(challengeEntries.map((c) => c.id)));
	assertReferences(challengeEntries, 'relatedDynamics', new Set(dynamicEntries.map((d) => d.id)));

	const home: Page = { kind: 'home', title: metadata.title, summary: metadata.description, href: siteHref('/'), trail: [] };
	const homeLink: NavItem = { title: 'Home', href: home.href, children: [] };

	const chapters: ChapterView[] = chapterEntries.map((entry) => ({
		entry,
		page: {
			kind: 'chapter',
			title: entry.data.title,
			section: entry.data.section,
			summary: entry.data.summary,
			href: siteHref(`/${entry.id}/`),
			trail: [homeLink],
			source: entry.filePath,
		},
	}));
	const chapterListing = (collection: 'dynamics' | 'challenges', entries: { filePath?: string }[]) => {
		const chapter = chapters.find((c) => c.entry.data.lists === collection);
		if (!chapter && entries.length > 0) {
			throw new ContentError(`${contentDir}/chapters`, `no chapter has \`lists: "${collection}"\` in its frontmatter, so the ${collection} have no index page`);
		}
		return chapter;
	};
	const dynamicsChapter = chapterListing('dynamics', dynamicEntries);
	const challengesChapter = chapterListing('challenges', challengeEntries);
	const linkTo = (page: Page): NavItem => ({ title: page.title, section: page.section, href: page.href, children: [] });

	const categories: CategoryView[] = metadata.categories.map((category) => ({
		...category,
		href: `${dynamicsChapter?.page.href ?? home.href}#${category.id}`,
		dynamics: [],
	}));
	const dynamics: DynamicView[] = [];
	for (const category of categories) {
		const members = dynamicEntries.filter((d) => d.data.category === category.id).sort((a, b) => a.data.position - b.data.position);
		const categoryLink: NavItem = { title: category.title, section: category.section, href: category.href, children: [] };
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
					source: entry.filePath,
					summary: entry.data.summary,
					href: siteHref(`/dynamics/${entry.id}/`),
					trail: [homeLink, ...(dynamicsChapter ? [linkTo(dynamicsChapter.page)] : []), categoryLink],
				},
			};
			category.dynamics.push(view);
			dynamics.push(view);
		}
	}
	const uncategorised = dynamicEntries.find((d) => !categories.some((c) => c.id === d.data.category));
	if (uncategorised) {
		throw new ContentError(
			uncategorised.filePath ?? uncategorised.id,
			`category "${uncategorised.data.category}" is not declared in ${metadataFile} (categories: ${categories.map((c) => c.id).join(', ')})`,
			lineOf(uncategorised.filePath ?? '', 'category:'),
		);
	}

	const challenges: ChallengeView[] = challengeEntries.map((entry) => ({
		entry,
		related: [],
		page: {
			kind: 'challenge',
			title: entry.data.title,
			section: entry.data.section,
			summary: entry.data.summary,
			href: siteHref(`/challenges/${entry.id}/`),
			trail: [homeLink, ...(challengesChapter ? [linkTo(challengesChapter.page)] : [])],
			source: entry.filePath,
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

	const figures = placeFigures(figureEntries, texts);
	const concepts = buildConcepts(conceptEntries, texts, homeLink);
	return { metadata, home, chapters, categories, dynamics, challenges, figures, concepts, pages, nav };
}

/** A page and the MDX entry whose body it shows. */
type PageText = ConceptSource;

/**
 * Numbers figures in the order pages place them (`<Figure id="…" />`), reading the thesis
 * from the start, and checks every `<Figure>` and `<FigureRef>` names a known figure.
 */
function placeFigures(entries: CollectionEntry<'figures'>[], texts: PageText[]): FigureView[] {
	const known = new Map(entries.map((entry) => [entry.id, entry]));
	const choices = [...known.keys()].sort().join(', ') || 'none yet';
	const figures: FigureView[] = [];
	for (const { page, entry } of texts) {
		const file = entry.filePath ?? entry.id;
		for (const use of componentUses(entry.body ?? '')) {
			const figure = known.get(use.id);
			if (!figure) {
				throw new ContentError(file, `<${use.component} id="${use.id}" /> names no figure in ${contentDir}/figures/ (known: ${choices})`, lineOf(file, use.text));
			}
			if (use.component !== 'Figure') continue;
			const placed = figures.find((f) => f.entry.id === use.id);
			if (placed) {
				throw new ContentError(file, `figure "${use.id}" is already placed on ${placed.page.href}: a figure appears once; refer to it with <FigureRef id="${use.id}" />`, lineOf(file, use.text));
			}
			const number = figures.length + 1;
			const anchor = `figure-${use.id}`;
			figures.push({ entry: figure, number, label: `Fig. ${number}`, anchor, href: `${page.href}#${anchor}`, page });
		}
	}
	for (const entry of entries) {
		const file = entry.filePath ?? entry.id;
		if (!figures.some((f) => f.entry === entry)) {
			throw new ContentError(file, `figure "${entry.id}" is not placed on any page: add <Figure id="${entry.id}" /> where the thesis shows it`);
		}
		const hasBlock = mermaidBlocksIn(entry.body ?? '', file).length > 0;
		if (hasBlock === Boolean(entry.data.generatedFrom)) {
			throw new ContentError(file, hasBlock ? 'a figure has either a ```mermaid block or `generatedFrom`, not both' : 'the figure has no ```mermaid block in its body (and no `generatedFrom`)');
		}
	}
	return figures;
}

/** `<Figure id="…" />` and `<FigureRef id="…" />` in an MDX body, in order. */
function componentUses(body: string) {
	return [...body.matchAll(/<(Figure|FigureRef)\s+id=["']([^"']+)["'][^>]*\/?>/g)].map((match) => ({
		component: match[1] as 'Figure' | 'FigureRef',
		id: match[2],
		text: match[0],
	}));
}
