import type { Thesis } from '../model/thesis.ts';

type Metadata = Thesis['metadata'];

/**
 * What a citation is made from: the metadata of content/thesis.json (only what the thesis
 * states: no invented author or year), the address cited, and the edition, once one is
 * recorded (src/model/editions.ts).
 */
export interface CitationSource {
	metadata: Metadata;
	url: string;
	edition?: { edition: number; date: string; label: string };
}

/**
 * The DOI that thesis.json states, if any: an `identifier` written "10.…", "doi:10.…" or
 * "https://doi.org/10.…". Anything else is another kind of identifier, not a DOI.
 */
export function doiOf(metadata: Pick<Metadata, 'identifier'>): string | undefined {
	const match = /^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)?(10\.\d{4,}\/\S+)$/i.exec(
		metadata.identifier?.trim() ?? '',
	);
	return match?.[1];
}

/** BibTeX braces protect capitals; quotes become TeX quotes. */
function bibtexText(text: string): string {
	return text.replace(/[“"]/g, '``').replace(/[”]/g, "''").replace(/[{}]/g, '').replace(/&/g, '\\&');
}

/** A citation key from the first author and year, or from the title: the same in every format. */
export function citationKey(metadata: Metadata): string {
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
 * A BibTeX entry with only what the metadata states: an article when a venue is known,
 * else a web resource with its URL. An edition is its `version`, with its date (as `date`
 * when the thesis states no year) and a `note` that styles ignoring `version` still print.
 */
export function bibtex({ metadata, url, edition }: CitationSource): string {
	const doi = doiOf(metadata);
	const fields: [string, string | undefined][] = [
		['title', `{${bibtexText(metadata.title)}}`],
		['author', metadata.authors.length ? `{${metadata.authors.map(bibtexText).join(' and ')}}` : undefined],
		['year', metadata.year ? `{${metadata.year}}` : undefined],
		['date', edition && !metadata.year ? `{${edition.date}}` : undefined],
		[metadata.venue ? 'journal' : 'howpublished', metadata.venue ? `{${bibtexText(metadata.venue)}}` : undefined],
		['version', edition ? `{${edition.edition}}` : undefined],
		['note', edition ? `{${edition.label}}` : undefined],
		['doi', doi ? `{${doi}}` : undefined],
		['url', `{${url}}`],
		['language', `{${metadata.language}}`],
	];
	const present = fields.filter((field): field is [string, string] => field[1] !== undefined);
	return `@${metadata.venue ? 'article' : 'misc'}{${citationKey(metadata)},\n${present.map(([name, value]) => `  ${name} = ${value}`).join(',\n')}\n}`;
}

/**
 * A plain reference: authors and year (if stated), title, edition (once recorded), venue,
 * DOI, URL. `part` names a part of the thesis cited on its own ("passage k3f9a").
 */
export function referenceText({ metadata, url, edition }: CitationSource, part?: string): string {
	const doi = doiOf(metadata);
	const parts = [
		metadata.authors.length ? metadata.authors.join(', ') : undefined,
		metadata.year ? `(${metadata.year})` : undefined,
		`${metadata.title}.`,
		edition || part ? `${[edition?.label, part].filter(Boolean).join(', ')}.` : undefined,
		metadata.venue ? `${metadata.venue}.` : undefined,
		doi ? `https://doi.org/${doi}` : undefined,
		`Available at ${url}`,
	];
	return parts.filter(Boolean).join(' ');
}
