import { contentModel } from './content-model.ts';

const model = contentModel();
const dynamicsChapter = model.chapters.find((c) => c.lists === 'dynamics');
const challengesChapter = model.chapters.find((c) => c.lists === 'challenges');

/**
 * Pages the browser specs check, one of each kind, read from content/ so that the
 * tests are listed (and named) before they run: the home page, the first and last
 * chapter, each index with its first entry, a concept and the site's own pages.
 */
export const samplePaths = [
	...new Set(
		[
			'/',
			model.chapters[0]?.path,
			dynamicsChapter?.path,
			model.dynamics[0]?.path,
			challengesChapter?.path,
			model.challenges[0]?.path,
			model.pages.at(-1)?.path,
			model.concepts[0]?.path,
			...model.utilityPaths,
		].filter((path): path is string => Boolean(path)),
	),
];

/** Every page the browser must lay out: the reading order, the concepts and the site's own pages. */
export const everyPath = [
	...model.pages.map((p) => p.path),
	...model.concepts.map((c) => c.path),
	...model.utilityPaths,
];
