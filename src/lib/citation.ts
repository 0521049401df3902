import type { Thesis } from '../model/thesis';

type Metadata = Thesis['metadata'];

/** BibTeX braces protect capitals; quotes become TeX quotes. */
function bibtexText(text: string): string {
	return text.replace(/[“"]/g, '``').replace(/[”]/g, "''").replace(/[{}]/g, '').replace(/&/g, '\\&');
}

/** A BibTeX key from the first author and year, or from the title. */
function bibtexKey(metadata: Metadata): string {
	const surname = metadata.authors[0]?.split(/\s+/).at(-1) ?? '';
	const words = metadata.title
		.toLowerCase()
		.replace(/[^a-z0-9 ]/g, '')
		.split(/\s+/)
		.filter((w) => w.length > 3);
	return (
		`${surname.toLowerCase()}${metadata.year ?? ''}${surname ? '' : words.slice(0, 3).join('')}`.replace(
			/[^a-z0-9]/g,
			'',
		) || 'thesis'
	);
}

/**
 * A BibTeX entry with only what the metadata states (no invented author or year): an
 * article when a venue is known, else a web resource with its URL.
 */
export function bibtex(metadata: Metadata, url: string): string {
	const fields: [string, string | undefined][] = [
		['title', `{${bibtexText(metadata.title)}}`],
		['author', metadata.authors.length ? `{${metadata.authors.map(bibtexText).join(' and ')}}` : undefined],
		['year', metadata.year ? `{${metadata.year}}` : undefined],
		[metadata.venue ? 'journal' : 'howpublished', metadata.venue ? `{${bibtexText(metadata.venue)}}` : undefined],
		['doi', metadata.identifier?.startsWith('10.') ? `{${metadata.identifier}}` : undefined],
		['url', `{${url}}`],
		['language', `{${metadata.language}}`],
	];
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	return `@${metadata.venue ? 'article' : 'misc'}{${bibtexKey(metadata)},\n${present.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

/** A plain reference: authors (if stated), year (if stated), title, venue, URL. */
export function referenceText(metadata: Metadata, url: string): string {
	const parts = [
		metadata.authors.length ? metadata.authors.join(', ') : undefined,
		metadata.year ? `(${metadata.year})` : undefined,
		`${metadata.title}.`,
		metadata.venue ? `${metadata.venue}.` : undefined,
		metadata.identifier?.startsWith('10.') ? `https://doi.org/${metadata.identifier}` : undefined,
		`Available at ${url}`,
	];
	return parts.filter(Boolean).join(' ');
}
