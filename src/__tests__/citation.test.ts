import { describe, expect, it } from 'vitest';
import { bibtex, doiOf, referenceText, type CitationSource } from '../lib/citation.ts';
import { cslJson, ris } from '../lib/citation-files.ts';

const metadata = {
	title: 'Analysis of “Internet +”',
	shortTitle: 'Internet +',
	language: 'en',
	description: 'One sentence.',
	abstract: ['First paragraph.', 'Second paragraph.'],
	keywords: [],
	authors: [],
	categories: [],
} as unknown as CitationSource['metadata'];
const url = 'https://example.org/full-text/';
const edition = { edition: 2, date: '2026-12-10', label: 'Edition 2, 10 December 2026' };
const withDoi = { ...metadata, identifier: 'https://doi.org/10.5555/thesis.2' };

describe('a DOI', () => {
	it('is read from an identifier written as a DOI, a doi: name or a doi.org address, and nothing else', () => {
		expect(doiOf({ identifier: '10.5555/x.1' })).toBe('10.5555/x.1');
		expect(doiOf({ identifier: 'doi:10.5555/x.1' })).toBe('10.5555/x.1');
		expect(doiOf({ identifier: 'https://doi.org/10.5555/x.1' })).toBe('10.5555/x.1');
		expect(doiOf({ identifier: 'ISBN 978-3-16-148410-0' })).toBeUndefined();
		expect(doiOf({})).toBeUndefined();
	});
});

describe('the citation of an edition', () => {
	it('as plain text names the edition, and a passage when one is cited', () => {
		expect(referenceText({ metadata, url, edition })).toBe(
			'Analysis of “Internet +”. Edition 2, 10 December 2026. Available at https://example.org/full-text/',
		);
		expect(referenceText({ metadata: withDoi, url: 'https://example.org/p/k3f9a/', edition }, 'passage k3f9a')).toBe(
			'Analysis of “Internet +”. Edition 2, 10 December 2026, passage k3f9a. https://doi.org/10.5555/thesis.2 Available at https://example.org/p/k3f9a/',
		);
		expect(referenceText({ metadata, url })).toBe(
			'Analysis of “Internet +”. Available at https://example.org/full-text/',
		);
	});

	it('as BibTeX: the edition as version, date and note; the DOI; no invented author or year', () => {
		expect(bibtex({ metadata: withDoi, url, edition })).toBe(
			[
				'@misc{analysisinternet,',
				"  title = {Analysis of ``Internet +''},",
				'  date = {2026-12-10},',
				'  version = {2},',
				'  note = {Edition 2, 10 December 2026},',
				'  doi = {10.5555/thesis.2},',
				'  url = {https://example.org/full-text/},',
				'  language = {en}',
				'}',
			].join('\n'),
		);
		// A stated year is the year; the edition's date is not put in its place.
		expect(bibtex({ metadata: { ...metadata, year: 2016 }, url, edition })).toMatch(
			/ {2}year = \{2016\},\n {2}version/,
		);
	});

	it('as RIS: one tag a line, the edition and its date, ended by ER', () => {
		expect(ris({ metadata: withDoi, url, edition }).split('\r\n')).toEqual([
			'TY  - ELEC',
			'TI  - Analysis of “Internet +”',
			'DA  - 2026/12/10/',
			'ET  - 2',
			'N1  - Edition 2, 10 December 2026',
			'DO  - 10.5555/thesis.2',
			'UR  - https://example.org/full-text/',
			'LA  - en',
			'ER  - ',
			'',
		]);
	});

	it('as CSL-JSON: one item with the edition as version, issued on its date, and the DOI', () => {
		expect(JSON.parse(cslJson({ metadata: withDoi, url, edition }))).toEqual([
			{
				id: 'analysisinternet',
				type: 'webpage',
				title: 'Analysis of “Internet +”',
				issued: { 'date-parts': [[2026, 12, 10]] },
				version: '2',
				note: 'Edition 2, 10 December 2026',
				DOI: '10.5555/thesis.2',
				URL: 'https://example.org/full-text/',
				language: 'en',
				abstract: 'First paragraph.\n\nSecond paragraph.',
			},
		]);
		const stated = JSON.parse(cslJson({ metadata: { ...metadata, year: 2016, authors: ['Ann Lee'] }, url }))[0];
		expect(stated).toMatchObject({ issued: { 'date-parts': [[2016]] }, author: [{ literal: 'Ann Lee' }] });
		expect(stated.version).toBeUndefined();
	});
});
