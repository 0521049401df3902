import { bibtex, citationKey, doiOf, type CitationSource } from './citation.ts';

/**
 * The citation of the thesis as files a reference manager imports: BibTeX, RIS and
 * CSL-JSON, each naming the edition. Like every citation here, they hold only what
 * content/thesis.json states and the edition recorded.
 */
export const citationFormats = {
	bib: { name: 'BibTeX', type: 'application/x-bibtex', write: bibtex },
	ris: { name: 'RIS', type: 'application/x-research-info-systems', write: ris },
	json: { name: 'CSL-JSON', type: 'application/vnd.citationstyles.csl+json', write: cslJson },
} as const;
export type CitationFormat = keyof typeof citationFormats;

/** A citation file as the site serves it (src/pages/citation.*.ts). */
export function citationResponse(format: CitationFormat, source: CitationSource): Response {
	const { type, write } = citationFormats[format];
	return new Response(write(source), { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** RIS: one tag per line, ended by `ER`; lines end in CR LF, as the format asks. */
export function ris({ metadata, url, edition }: CitationSource): string {
	const doi = doiOf(metadata);
	const tags: [string, string | undefined][] = [
		['TY', metadata.venue ? 'JOUR' : 'ELEC'],
		['TI', metadata.title],
		...metadata.authors.map((author): [string, string] => ['AU', author]),
		['PY', metadata.year ? String(metadata.year) : undefined],
		['DA', edition ? `${edition.date.replace(/-/g, '/')}/` : undefined],
		['ET', edition ? String(edition.edition) : undefined],
		['N1', edition?.label],
		['JO', metadata.venue],
		['DO', doi],
		['UR', url],
		['LA', metadata.language],
		...metadata.keywords.map((keyword): [string, string] => ['KW', keyword]),
		['ER', ''],
	];
	return tags
		.filter((tag): tag is [string, string] => tag[1] !== undefined)
		.map(([tag, value]) => `${tag}  - ${value.replace(/\s+/g, ' ')}\r\n`)
		.join('');
}

/**
 * CSL-JSON (what Zotero, Pandoc and citeproc read): one item. Authors are kept whole
 * (`literal`), since the metadata does not say which part is the family name; `issued`
 * is the stated year, or else the edition's date; `version` is the edition.
 */
export function cslJson({ metadata, url, edition }: CitationSource): string {
	const doi = doiOf(metadata);
	const issued = metadata.year ? [[metadata.year]] : edition ? [edition.date.split('-').map(Number)] : undefined;
	const item = {
		id: citationKey(metadata),
		type: metadata.venue ? 'article-journal' : 'webpage',
		title: metadata.title,
		...(metadata.authors.length ? { author: metadata.authors.map((literal) => ({ literal })) } : {}),
		...(issued ? { issued: { 'date-parts': issued } } : {}),
		...(edition ? { version: String(edition.edition), note: edition.label } : {}),
		...(metadata.venue ? { 'container-title': metadata.venue } : {}),
		...(doi ? { DOI: doi } : {}),
		URL: url,
		language: metadata.language,
		abstract: metadata.abstract.join('\n\n'),
		...(metadata.keywords.length ? { keyword: metadata.keywords.join(', ') } : {}),
	};
	return `${JSON.stringify([item], null, 2)}\n`;
}
