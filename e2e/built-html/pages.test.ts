import { createHash } from 'node:crypto';
import { describe, expect, test } from 'vitest';
import { all, attr, builtPage, builtPages, one, text } from '../support/built-site.ts';
import { contentModel } from '../support/content-model.ts';
import { modelCardTexts } from '../../src/cards/card-text.ts';
import { loadContent } from '../../src/content/load.ts';

const model = contentModel();
const pages = builtPages();

test('the build holds exactly the pages of the thesis, its concepts and the site’s own pages', () => {
	const expected = [
		...model.pages.map((p) => p.path),
		...model.concepts.map((c) => c.path),
		...model.utilityPaths.map((path) => (path === '/404/' ? '/404.html' : path)),
	].sort();
	expect(pages.map((p) => p.path).sort()).toEqual(expected);
});

describe.each(pages.map((page) => [page.path, page] as const))('%s', (path, page) => {
	test('one non-empty h1, a title naming the thesis, and the landmarks', () => {
		expect(all(page, 'h1')).toHaveLength(1);
		expect(text(one(page, 'h1'))).not.toBe('');
		const title = text(one(page, 'head > title'));
		expect(
			[model.metadata.title, model.metadata.shortTitle].some((name) => name && title.includes(name)),
			title,
		).toBe(true);
		expect(all(page, 'main')).toHaveLength(1);
		expect(all(page, 'body > header')).toHaveLength(1);
		expect(all(page, 'body > footer')).toHaveLength(1);
		expect(attr(one(page, 'html'), 'lang')).toBe(model.metadata.language);
	});

	test('breadcrumbs on every page but the home page', () => {
		expect(all(page, 'nav[aria-label="Breadcrumb"]')).toHaveLength(path === '/' ? 0 : 1);
	});

	test('the footer links to the full text', () => {
		expect(text(one(page, 'footer a[href="/full-text/"]'))).toBe('Full text');
	});

	test('a Content-Security-Policy first in <head> that allows only its own inline scripts, by hash', () => {
		const first = one(page, 'head > :first-child');
		expect(attr(first, 'httpEquiv')).toBe('content-security-policy');
		const policy = attr(first, 'content') ?? '';
		const scriptSrc = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
		expect(scriptSrc).not.toContain('unsafe-inline');
		expect(policy).toContain("object-src 'none'");
		for (const script of runnableScripts(page).filter((s) => attr(s, 'src') === undefined)) {
			const hash = createHash('sha256').update(scriptBody(page.html, script)).digest('base64');
			expect(scriptSrc, 'every inline script is allowed by its hash').toContain(`'sha256-${hash}'`);
		}
	});

	// The search page is where the reader asked for search: its script is a file of the site
	// (allowed as 'self'); every other page runs only small inline scripts.
	test.skipIf(path === '/search/')('no script file: only small inline scripts', () => {
		const scripts = runnableScripts(page);
		for (const script of scripts) expect(attr(script, 'src')).toBeUndefined();
		expect(all(page, 'link[rel~="modulepreload"], link[as="script"]')).toEqual([]);
		const bytes = scripts.reduce((sum, script) => sum + text(script).length, 0);
		expect(bytes, 'inline scripts stay small').toBeLessThan(5000);
	});

	test('nothing is loaded from another host', () => {
		const sources = [
			...all(page, '[src]').map((e) => attr(e, 'src')),
			...all(
				page,
				'link[rel~="stylesheet"], link[rel~="icon"], link[rel~="preload"], link[rel~="apple-touch-icon"], link[rel~="manifest"]',
			).map((e) => attr(e, 'href')),
			...all(page, '[srcset]').flatMap((e) => (attr(e, 'srcSet') ?? '').split(',').map((s) => s.trim().split(' ')[0])),
			...[...page.html.matchAll(/url\(\s*['"]?([^'")]+)/g)].map((m) => m[1]),
		];
		expect(sources.filter((s) => s && /^(https?:)?\/\//.test(s))).toEqual([]);
	});

	test('every id is unique, and every reference to an id finds it', () => {
		const ids = all(page, '[id]').map((e) => attr(e, 'id')!);
		expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
		const known = new Set(ids);
		const references = [
			...all(page, '[aria-describedby], [aria-labelledby], [aria-controls]').flatMap((e) =>
				['ariaDescribedBy', 'ariaLabelledBy', 'ariaControls'].flatMap((name) =>
					(attr(e, name) ?? '').split(/\s+/).filter(Boolean),
				),
			),
			...all(page, 'a[href^="#"]')
				.map((e) => attr(e, 'href')!.slice(1))
				.filter(Boolean),
			...all(page, '[popovertarget]').map((e) => attr(e, 'popoverTarget')!),
		];
		expect(references.filter((id) => !known.has(id))).toEqual([]);
	});
});

/** Scripts that run: data blocks (Pagefind templates, JSON-LD) are not. */
function runnableScripts(page: ReturnType<typeof builtPage>) {
	return all(page, 'script').filter(
		(s) => !['text/pagefind-template', 'application/ld+json'].includes(attr(s, 'type') ?? ''),
	);
}

/** The exact source text of an inline script, as the browser hashes it. */
function scriptBody(html: string, script: ReturnType<typeof one>): string {
	const start = script?.position?.start.offset;
	const end = script?.position?.end.offset;
	if (start === undefined || end === undefined) throw new Error('script without position');
	const source = html.slice(start, end);
	return source.slice(source.indexOf('>') + 1, source.lastIndexOf('</script>'));
}

describe('reading order', () => {
	test.each(model.pages.map((p, i) => [p.path, i] as const))(
		'%s links to the pages before and after it in the thesis',
		(path, i) => {
			const nav = one(builtPage(path), 'nav[aria-label="Previous and next in the thesis"]');
			expect(attr(one(nav ?? builtPage(path), 'a[rel~="prev"]'), 'href')).toBe(model.pages[i - 1]?.path);
			expect(attr(one(nav ?? builtPage(path), 'a[rel~="next"]'), 'href')).toBe(model.pages[i + 1]?.path);
		},
	);

	test('the contents list every section in thesis order', () => {
		const numbers = all(one(builtPage('/'), 'nav[aria-label="Thesis contents"]')!, '.number').map(text);
		const expected = model.chapters.flatMap((chapter) => [
			chapter.section!,
			...(chapter.lists === 'dynamics'
				? model.categories.flatMap((c) => [c.section, ...c.dynamics.map((d) => d.section!)])
				: []),
			...(chapter.lists === 'challenges' ? model.challenges.map((c) => c.section!) : []),
		]);
		expect(numbers).toEqual(expected);
	});

	test.each(model.pages.filter((p) => p.kind !== 'home').map((p) => [p.path, p] as const))(
		'%s: breadcrumbs lead up the hierarchy',
		(path, page) => {
			const crumbs = all(builtPage(path), 'nav[aria-label="Breadcrumb"] li').map(text);
			const chapter = model.chapters.find((c) => c.lists === (page.kind === 'dynamic' ? 'dynamics' : 'challenges'));
			const category = model.categories.find((c) => c.dynamics.some((d) => d.path === path));
			const expected = [
				'Home',
				...(page.kind !== 'chapter' && chapter ? [chapter.label] : []),
				...(category ? [category.label] : []),
				page.label,
			];
			expect(crumbs).toEqual(expected);
		},
	);
});

test('the link-preview cards drawn before any page is rendered are the ones the pages name', () => {
	const named = new Set(
		pages.flatMap((page) => {
			const og = (property: string) => attr(one(page, `meta[property="og:${property}"]`), 'content');
			return all(page, 'meta[property="og:image"]').length
				? [JSON.stringify([og('site_name'), og('title'), og('description')])]
				: [];
		}),
	);
	const early = modelCardTexts(loadContent('content')).map(({ site, title, description }) =>
		JSON.stringify([site, title, description]),
	);
	expect(early.length).toBeGreaterThan(0);
	for (const card of early) expect(named).toContain(card);
});
