import GithubSlugger from 'github-slugger';
import { anchors, entryPaths, paths } from '../../model/routes.ts';
import type { Content, Entry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { at, declaredCategories } from './helpers.ts';

/** The page an entry is shown on (figures have none of their own). */
export function pathOf(entry: Entry): string | undefined {
	return entry.collection === 'figures' ? undefined : entryPaths[entry.collection](entry.id);
}

/** Every page path of the site and the anchors each has, from the routes registry. */
export function siteMap(content: Content): Map<string, Set<string>> {
	const templateAnchors: Record<string, string[]> = {
		chapters: [anchors.content],
		dynamics: [anchors.content, anchors.relatedChallenges],
		challenges: [anchors.content, anchors.suggestions, anchors.relatedDynamics],
		concepts: [anchors.content, anchors.discussedIn, anchors.relatedConcepts],
	};
	const map = new Map<string, Set<string>>([
		[paths.home, new Set([anchors.content, anchors.abstract, anchors.contents, anchors.citeThis])],
		[paths.concepts, new Set([anchors.content])],
		[paths.figures, new Set([anchors.content])],
		[paths.search, new Set([anchors.content, anchors.allConcepts, anchors.allPages])],
		[paths.fullText, new Set([anchors.content, anchors.abstract, anchors.citeThis])],
	]);
	for (const entry of content.entries) {
		const path = pathOf(entry);
		if (!path) continue;
		const slugger = new GithubSlugger();
		const list = [...(templateAnchors[entry.collection] ?? []), ...entry.headings.map((h) => slugger.slug(h.text))];
		list.push(
			...entry.figureUses.filter((u) => u.component === 'Figure' && u.id).map((u) => anchors.figure(u.id ?? '')),
		);
		if (entry.data.lists === 'challenges') list.push(anchors.challenges, anchors.relations, anchors.relationsMap);
		if (entry.data.lists === 'dynamics') list.push(...declaredCategories(content).map((c) => c.id));
		map.set(path, new Set(list));
	}
	return map;
}

/**
 * Every internal link leads to a page that exists and an anchor it has, in every form:
 * `[x](/a/#b)`, `[x](../a/)`, `[x][ref]` with `[ref]: /a/`, `<a href="/a/">` and `#b`.
 * Links to other sites are not checked here (the safety rule refuses unsafe schemes).
 */
export function linksRule(content: Content): Problem[] {
	const site = siteMap(content);
	const problems: Problem[] = [];
	for (const entry of content.entries) {
		const self = pathOf(entry);
		for (const link of entry.links) {
			const target = resolveInternal(link.url, self);
			if (!target) continue;
			const known = site.get(target.path);
			if (!known) {
				problems.push(
					at(
						entry,
						link.line,
						`the link to ${link.url} leads to no page`,
						'link to an existing page, e.g. /dynamics/<file name>/ (pages come from the file names in content/)',
						link.column,
					),
				);
			} else if (target.anchor && !known.has(target.anchor)) {
				problems.push(
					at(
						entry,
						link.line,
						`the link to ${link.url}: ${target.path} has no #${target.anchor}`,
						`use one of: ${[...known].map((a) => `#${a}`).join(', ')}`,
						link.column,
					),
				);
			}
		}
	}
	return problems;
}

/** The site path and anchor of a link written on page `self`, or undefined for another site. */
export function resolveInternal(url: string, self: string | undefined): { path: string; anchor?: string } | undefined {
	if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return undefined;
	if (!url.startsWith('/') && !self) return undefined;
	const resolved = new URL(url, `http://site${self ?? '/'}`);
	const path = resolved.pathname.endsWith('/') ? resolved.pathname : `${resolved.pathname}/`;
	return {
		path: decodeURIComponent(path),
		anchor: resolved.hash ? decodeURIComponent(resolved.hash.slice(1)) : undefined,
	};
}
