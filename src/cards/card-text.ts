import type { Content } from '../content/entry.ts';
import { sectionTitle } from '../lib/sections.ts';
import { thesisOf } from '../model/content-thesis.ts';
import type { Page } from '../model/thesis.ts';
import type { CardText } from './card-image.ts';

/**
 * What a page's link-preview card shows: the site's short title, the page's title with its
 * section number, and its summary. The page's og: tags say the same (SocialMeta.astro), and
 * the build draws the cards of the model's pages from it before any page is rendered.
 */
export function cardText(shortTitle: string, page: Pick<Page, 'title' | 'section' | 'summary'>): CardText {
	return { site: shortTitle, title: sectionTitle(page), description: page.summary };
}

/**
 * The cards of the model's pages, the thesis's and the concepts', known as soon as the
 * content is validated: the build draws them while Astro prepares, before any page asks.
 */
export function modelCardTexts(content: Content): CardText[] {
	const thesis = thesisOf(content);
	return [...thesis.pages, ...thesis.concepts.map((concept) => concept.page)].map((page) =>
		cardText(thesis.metadata.shortTitle, page),
	);
}
