import type { CardText } from './card-image.ts';

/** Takes a page's card text while the page is rendered, so the card is drawn meanwhile. */
export type CardPrefetcher = (text: CardText) => void;

const key = Symbol.for('thesis-site.card-prefetcher');
type Holder = { [key]?: CardPrefetcher };

/**
 * Set by the social-images integration for the length of a build. A global, because the
 * pages are rendered from Vite's bundle, another module graph than the integration's.
 */
export function setCardPrefetcher(prefetcher: CardPrefetcher | undefined): void {
	(globalThis as Holder)[key] = prefetcher;
}

/**
 * Asks for a page's link-preview card as soon as its text is known; the integration still
 * draws every card the built pages name, so this only starts the work early. Does nothing
 * outside a build (the dev server draws no cards).
 */
export function prefetchCard(text: CardText): void {
	(globalThis as Holder)[key]?.(text);
}
