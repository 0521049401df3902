import type { Content, Entry } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { at } from './helpers.ts';

/** The documented components an MDX body may use, and the attributes each takes. */
export const documentedComponents: Record<string, string[]> = { Figure: ['id'], FigureRef: ['id'] };

/** HTML elements that run code, load something, or change the page around the content. */
const forbiddenElements = new Set([
	'script',
	'style',
	'iframe',
	'frame',
	'frameset',
	'object',
	'embed',
	'applet',
	'link',
	'meta',
	'base',
	'form',
	'portal',
	'svg',
	'math',
	'template',
	'noscript',
]);

/** URL schemes that run code or carry a document of their own. */
const unsafeScheme = /^\s*(javascript|data|vbscript|file):/i;

/**
 * Content is text, never code. In a body: no ESM import/export, no `{expressions}`, no
 * <script>, <style>, frames or plugins, no `on*` attribute, no javascript:/data: URL, nothing
 * loaded from another host, only the documented components with literal attributes; in
 * Mermaid, no directive that runs code or links off the site.
 */
export function safetyRule(content: Content): Problem[] {
	return content.entries.flatMap((entry) => [
		...codeProblems(entry),
		...elementProblems(entry),
		...urlProblems(entry),
		...mermaidProblems(entry),
	]);
}

function codeProblems(entry: Entry): Problem[] {
	return entry.code.map((code) =>
		code.kind === 'esm'
			? at(
					entry,
					code.line,
					`\`${firstLine(code.value)}\`: import and export run code when the site is built`,
					'remove it: the documented components (<Figure>, <FigureRef>) need no import',
					code.column,
				)
			: at(
					entry,
					code.line,
					`{${firstLine(code.value)}} is an expression: MDX would run it when the site is built`,
					'write the text itself; to show a literal brace, write \\{ or \\}',
					code.column,
				),
	);
}

function elementProblems(entry: Entry): Problem[] {
	const problems: Problem[] = [];
	for (const element of entry.elements) {
		const name = element.name;
		const tag = `<${name || '>'}${name ? '>' : ''}`;
		if (/^[A-Z]/.test(name) || name.includes('.') || name === '') {
			if (!(name in documentedComponents)) {
				problems.push(
					at(
						entry,
						element.line,
						`${tag} is not a documented component`,
						`use only ${Object.keys(documentedComponents)
							.map((c) => `<${c}>`)
							.join(', ')} (see README.md), or plain Markdown`,
						element.column,
					),
				);
				continue;
			}
		} else if (forbiddenElements.has(name.toLowerCase())) {
			problems.push(
				at(
					entry,
					element.line,
					`${tag} is not allowed in content: it runs code, loads something or changes the page`,
					name === 'style'
						? 'remove it: the site styles every page'
						: 'remove it; a diagram is a ```mermaid block, a figure a <Figure>',
					element.column,
				),
			);
			continue;
		}
		const allowed = documentedComponents[name];
		for (const attribute of element.attributes) {
			if (attribute.name === '...') {
				problems.push(
					at(
						entry,
						element.line,
						`${tag} spreads {${attribute.expression}}: an expression would run at build time`,
						'write each attribute with a literal value',
						element.column,
					),
				);
			} else if (/^on/i.test(attribute.name)) {
				problems.push(
					at(
						entry,
						element.line,
						`${tag} has ${attribute.name}=: an event handler runs code in the reader's browser`,
						`remove ${attribute.name}`,
						element.column,
					),
				);
			} else if (attribute.expression !== undefined) {
				const literal = /^\s*(["'])([^"'\\]*)\1\s*$/.exec(attribute.expression);
				problems.push(
					at(
						entry,
						element.line,
						`${tag} has ${attribute.name}={${attribute.expression}}: attribute values are literal text`,
						literal ? `write ${attribute.name}="${literal[2]}"` : `write ${attribute.name}="…" with the value itself`,
						element.column,
					),
				);
			} else if (allowed && !allowed.includes(attribute.name)) {
				problems.push(
					at(
						entry,
						element.line,
						`${tag} has no attribute "${attribute.name}"`,
						`use only: ${allowed.join(', ')}`,
						element.column,
					),
				);
			} else if (
				attribute.name.toLowerCase() === 'style' &&
				/url\(|expression\(|@import/i.test(attribute.value ?? '')
			) {
				problems.push(
					at(
						entry,
						element.line,
						`${tag} has a style that loads something`,
						'remove the url(…) from the style',
						element.column,
					),
				);
			}
		}
	}
	return problems;
}

function urlProblems(entry: Entry): Problem[] {
	const problems: Problem[] = [];
	for (const link of entry.links) {
		if (unsafeScheme.test(link.url))
			problems.push(
				at(
					entry,
					link.line,
					`the link to ${short(link.url)} would run code or open a document of its own`,
					'link to a page (https://… or /path/)',
					link.column,
				),
			);
	}
	for (const load of entry.loads) {
		if (unsafeScheme.test(load.url))
			problems.push(
				at(
					entry,
					load.line,
					`${load.what} from ${short(load.url)}: the site loads no javascript: or data: URL`,
					'save the file in the site and use its path',
					load.column,
				),
			);
		else if (/^([a-z][a-z0-9+.-]*:)?\/\//i.test(load.url.trim()))
			problems.push(
				at(
					entry,
					load.line,
					`${load.what} is loaded from another host (${short(load.url)}): the site loads nothing from other sites`,
					'save the file in the site and use its path, or link to it instead',
					load.column,
				),
			);
	}
	return problems;
}

/** Mermaid lines that run code or link off the site, or directives that lower its security. */
const mermaidHazards: { pattern: RegExp; what: string; fix: string }[] = [
	{
		pattern: /^\s*click\s/m,
		what: 'a click directive (it runs a callback or opens a link)',
		fix: 'remove the click line: diagrams are pictures, link from the text instead',
	},
	{
		pattern: /^\s*links?\s+[^:\n]+:/m,
		what: 'a link directive',
		fix: 'remove the link line: link from the text instead',
	},
	{
		pattern:
			/%%\{[\s\S]*?\b(securityLevel|secure|dompurifyConfig|themeCSS|htmlLabels|startOnLoad|maxTextSize)\b[\s\S]*?\}%%/,
		what: 'an init directive that changes how Mermaid draws or sanitises',
		fix: 'remove the %%{init …}%% directive: the site configures Mermaid',
	},
	{
		pattern: /javascript:|\bdata:[a-z]+\/|<\s*(script|iframe|object|embed|img|a)\b/i,
		what: 'HTML or a URL that runs code or loads something',
		fix: 'write labels as plain text',
	},
];

function mermaidProblems(entry: Entry): Problem[] {
	const problems: Problem[] = [];
	for (const block of entry.mermaid) {
		for (const hazard of mermaidHazards) {
			const match = hazard.pattern.exec(block.source);
			if (!match) continue;
			const line =
				block.line +
				block.source.slice(0, match.index + (match[0].match(/^\s*/)?.[0].length ?? 0)).split('\n').length -
				1;
			problems.push(at(entry, line, `the Mermaid diagram has ${hazard.what}`, hazard.fix));
		}
	}
	return problems;
}

function firstLine(text: string): string {
	const line = text.trim().split('\n')[0];
	return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

function short(url: string): string {
	return url.length > 60 ? `${url.slice(0, 57)}…` : url;
}
