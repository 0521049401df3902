import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { challengeSchema } from '../schemas/challenge.ts';
import { chapterSchema } from '../schemas/chapter.ts';
import { dynamicSchema } from '../schemas/dynamic.ts';
import { thesisSchema } from '../schemas/thesis.ts';
import { frontmatterOf, issuesOf, mdxFiles, referenceStub } from './frontmatter.ts';

const content = 'content';
const dynamics = dynamicSchema(referenceStub);
const challenges = challengeSchema(referenceStub);

describe('the real content', () => {
	it.each(mdxFiles(`${content}/dynamics`))('%s is a valid dynamic', (file) => {
		expect(issuesOf(dynamics.safeParse(frontmatterOf(file)))).toEqual([]);
	});
	it.each(mdxFiles(`${content}/challenges`))('%s is a valid challenge', (file) => {
		expect(issuesOf(challenges.safeParse(frontmatterOf(file)))).toEqual([]);
	});
	it.each(mdxFiles(`${content}/chapters`))('%s is a valid chapter', (file) => {
		expect(issuesOf(chapterSchema(referenceStub).safeParse(frontmatterOf(file)))).toEqual([]);
	});
	it('thesis.json is valid metadata', () => {
		const metadata = JSON.parse(readFileSync(`${content}/thesis.json`, 'utf8'));
		expect(issuesOf(thesisSchema().safeParse(metadata))).toEqual([]);
	});
	it('every dynamic names a category that thesis.json declares', () => {
		const declared = thesisSchema()
			.parse(JSON.parse(readFileSync(`${content}/thesis.json`, 'utf8')))
			.categories.map((c) => c.id);
		for (const file of mdxFiles(`${content}/dynamics`))
			expect(declared).toContain(dynamics.parse(frontmatterOf(file)).category);
	});
});

const validDynamic = {
	title: 'Integration of big data',
	summary: 'Data is the energy of future industry.',
	category: 'technology',
	position: 2,
	relatedChallenges: ['data-privacy-and-security'],
};
const validChallenge = {
	title: 'Disunion of industrial standards',
	summary: 'Products without unified standard flood the market.',
	section: '3.4',
	suggestions: ['Industry standard should be set up by the national government.'],
	relatedDynamics: [],
};

describe('bad frontmatter is rejected with a message that says how to fix it', () => {
	it('a dynamic parses into typed references', () => {
		expect(dynamics.parse(validDynamic).relatedChallenges).toEqual([
			{ id: 'data-privacy-and-security', collection: 'challenges' },
		]);
	});
	it.each([
		['a position written as text', { position: '2' }, 'position: position must be a whole number, e.g. 2'],
		['a position of zero', { position: 0 }, 'position: position starts at 1'],
		['a fractional position', { position: 1.5 }, 'position: position must be a whole number'],
		[
			'an empty summary',
			{ summary: '  ' },
			'summary: summary must not be empty: give one sentence drawn from the thesis',
		],
		['a summary over two lines', { summary: 'One.\nTwo.' }, 'summary: summary must be a single sentence on one line'],
		[
			'a number in the title',
			{ title: '(2) Integration of big data' },
			'title: title must not start with its section number: put the number in its own field',
		],
	])('dynamic with %s', (_case, change, message) => {
		expect(issuesOf(dynamics.safeParse({ ...validDynamic, ...change }))).toEqual([message]);
	});
	it('a misspelt field is named', () => {
		const { summary, ...rest } = validDynamic;
		const issues = issuesOf(dynamics.safeParse({ ...rest, sumary: summary }));
		expect(issues.join('\n')).toMatch(/sumary/);
		expect(issues.join('\n')).toMatch(/^summary: /m);
	});
	it.each([
		[
			'a section without its chapter',
			{ section: '4' },
			'section: section must be a number written like "3.1" (quoted)',
		],
		[
			'no suggestions',
			{ suggestions: [] },
			'suggestions: suggestions must list at least one suggestion the thesis makes',
		],
	])('challenge with %s', (_case, change, message) => {
		expect(issuesOf(challenges.safeParse({ ...validChallenge, ...change }))).toEqual([message]);
	});
	it('a chapter that lists an unknown collection', () => {
		const issues = issuesOf(
			chapterSchema(referenceStub).safeParse({
				title: 'Summary',
				section: '4',
				summary: 'It ends.',
				lists: 'concepts',
			}),
		);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/^lists: /);
	});
	it('metadata with a category declared twice', () => {
		const metadata = JSON.parse(readFileSync(`${content}/thesis.json`, 'utf8'));
		metadata.categories.push(metadata.categories[0]);
		expect(issuesOf(thesisSchema().safeParse(metadata))).toEqual(['categories: each category id may appear only once']);
	});
});
