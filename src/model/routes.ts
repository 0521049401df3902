/**
 * The site's URL scheme in one place: every page path and every anchor the templates set.
 * Pages, links, the content validator's link check, the sitemap and search read it here.
 * Paths are root-relative and without the base path; `siteHref` (urls.ts) adds the base.
 */
export const paths = {
	home: '/',
	chapter: (id: string) => `/${id}/`,
	dynamic: (id: string) => `/dynamics/${id}/`,
	challenge: (id: string) => `/challenges/${id}/`,
	concept: (id: string) => `/concepts/${id}/`,
	concepts: '/concepts/',
	figures: '/figures/',
	search: '/search/',
	fullText: '/full-text/',
	/** A passage's resolver page, which sends the reader to wherever the passage stands now. */
	passage: (id: string) => `/p/${id}/`,
	/** Every edition with what it changed. */
	changes: '/changes/',
	/** The full text of a recorded edition, built from its record. */
	edition: (edition: number) => `/editions/${edition}/`,
	/** A citation of the current edition as a file: "bib" (BibTeX), "ris" (RIS), "json" (CSL-JSON). */
	citation: (format: 'bib' | 'ris' | 'json') => `/citation.${format}`,
	/** The preview card of a page (its slug: the path without slashes, or "home"). */
	card: (slug: string) => `/cards/${slug}.png`,
} as const;

/** Ids the templates give to parts of pages, so that links can point at them. */
export const anchors = {
	/** The main region of every page (skip link target). */
	content: 'content',
	abstract: 'abstract',
	contents: 'contents',
	citeThis: 'cite-this',
	relatedChallenges: 'related-challenges',
	relatedDynamics: 'related-dynamics',
	suggestions: 'suggestions',
	discussedIn: 'discussed-in',
	relatedConcepts: 'related-concepts',
	/** The list of challenges on the chapter that lists them. */
	challenges: 'challenges',
	relations: 'relations',
	relationsMap: 'relations-map',
	allConcepts: 'all-concepts',
	allPages: 'all-pages',
	/** A placed figure on its page. */
	figure: (id: string) => `figure-${id}`,
	/** A letter of the concepts index. */
	letter: (letter: string) => `letter-${letter}`,
	/** An edition on the Changes page. */
	edition: (edition: number) => `edition-${edition}`,
	/** A passage's change in an edition, on the Changes page. */
	change: (edition: number, id: string) => `edition-${edition}-${id}`,
	/** The changes since the last edition, not yet recorded, on the Changes page. */
	unrecorded: 'unrecorded',
	unrecordedChange: (id: string) => `unrecorded-${id}`,
} as const;

/** The collection whose entries a page path shows, with the path of each entry. */
export const entryPaths = {
	chapters: paths.chapter,
	dynamics: paths.dynamic,
	challenges: paths.challenge,
	concepts: paths.concept,
} as const;
