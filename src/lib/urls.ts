import { paths } from '../model/routes.ts';
import { pdfFileName } from './pdf-edition.ts';

/**
 * A site-internal URL under the configured base path (works for `/` and `/thesis/`).
 * Outside Astro (a script such as `npm run edition` building the model) there is no base: "/".
 */
export function siteHref(path: string): string {
	const base = (import.meta.env?.BASE_URL ?? '/').replace(/\/$/, '');
	const clean = path.replace(/^\//, '');
	return `${base}/${clean}`;
}

/** The absolute URL of a site href (from siteHref or a page), for citations, canonical links and link previews. */
export function absoluteUrl(href: string): string {
	return new URL(href, import.meta.env.SITE).href;
}

/** The PDF edition of the thesis (rendered by src/integrations/pdf-edition.ts). */
export function pdfEditionHref(shortTitle: string): string {
	return siteHref(`/${pdfFileName(shortTitle)}`);
}

/** A companion link; `pdf` marks the PDF edition, whose size the build fills in. */
export interface CompanionLink {
	title: string;
	href: string;
	pdf?: boolean;
}

/** The pages that stand beside the thesis order, linked from the sidebar and the footer; the PDF beside the full text. */
export function companionLinks(metadata: { shortTitle: string }): CompanionLink[] {
	return [
		{ title: 'Full text', href: siteHref(paths.fullText) },
		{ title: 'PDF', href: pdfEditionHref(metadata.shortTitle), pdf: true },
		{ title: 'Concepts A–Z', href: siteHref(paths.concepts) },
		{ title: 'List of figures', href: siteHref(paths.figures) },
		{ title: 'Changes', href: siteHref(paths.changes) },
	];
}
