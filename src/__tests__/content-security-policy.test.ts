import type { Element } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { generatorScripts } from '../components/inline-scripts/index.ts';
import {
	PolicyError,
	generatorScriptHashes,
	scriptHash,
	withContentSecurityPolicy,
} from '../integrations/content-security-policy.ts';

const [theme, search] = generatorScripts;

function page(head: string, body = ''): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
}

/** The policies the page got (as a browser reads them), the first one's script-src sources, and the first element of <head>. */
function policyOf(html: string): {
	policy: string;
	scriptSources: string[];
	count: number;
	firstInHead: Element | undefined;
} {
	const tree = fromHtml(html);
	const metas: Element[] = [];
	let head: Element | undefined;
	visit(tree, 'element', (node) => {
		if (node.tagName === 'head') head = node;
		if (node.tagName === 'meta' && String(node.properties.httpEquiv) === 'content-security-policy') metas.push(node);
	});
	const policy = String(metas[0]?.properties.content ?? '');
	const scriptSrc =
		policy
			.split(';')
			.map((d) => d.trim())
			.find((d) => d.startsWith('script-src ')) ?? '';
	const firstInHead = head?.children.find((child): child is Element => child.type === 'element');
	return { policy, scriptSources: scriptSrc.split(' ').slice(1), count: metas.length, firstInHead };
}

describe('the generator’s inline scripts', () => {
	it('are known by hash, one each', () => {
		expect(generatorScripts.length).toBeGreaterThanOrEqual(3);
		expect(generatorScriptHashes.size).toBe(generatorScripts.length);
	});
});

describe('withContentSecurityPolicy', () => {
	it('allows the generator’s scripts on the page by hash, and only them', () => {
		const { html, blocked } = withContentSecurityPolicy(
			page(`<script>${theme}</script><script>${search}</script>`),
			'a/index.html',
		);
		const { scriptSources } = policyOf(html);
		expect(scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'", scriptHash(theme), scriptHash(search)]);
		expect(blocked).toBe(0);
	});
	it('does not allow an inline script that content put on the page, even one that copies a generator script’s markup', () => {
		const injected = 'window.injected = true;';
		const body = `<article><script>${injected}</script><script data-generator="theme">${theme} </script></article>`;
		const { html, blocked } = withContentSecurityPolicy(page(`<script>${theme}</script>`, body), 'b/index.html');
		const { scriptSources } = policyOf(html);
		expect(scriptSources).not.toContain(scriptHash(injected));
		expect(scriptSources).not.toContain(scriptHash(`${theme} `));
		expect(scriptSources).not.toContain("'unsafe-inline'");
		expect(scriptSources.filter((source) => source.startsWith("'sha256-"))).toEqual([scriptHash(theme)]);
		expect(blocked).toBe(2);
	});
	it('lists no hash for data blocks or scripts from a file', () => {
		const head =
			'<script type="application/ld+json">{"a":1}</script><script type="module" src="/_astro/x.js"></script>';
		const { html, blocked } = withContentSecurityPolicy(
			page(head, '<script type="text/pagefind-template"><p>x</p></script>'),
			'c/index.html',
		);
		expect(policyOf(html).scriptSources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
		expect(blocked).toBe(0);
	});
	it('puts exactly one policy first in <head>, with the other directives', () => {
		const { html } = withContentSecurityPolicy(page('<title>x</title>'), 'd/index.html');
		const { policy, count, firstInHead } = policyOf(html);
		expect(count).toBe(1);
		expect(String(firstInHead?.properties.httpEquiv)).toBe('content-security-policy');
		expect(html).toContain('<title>x</title></head><body></body></html>');
		for (const directive of [
			"default-src 'self'",
			"object-src 'none'",
			"base-uri 'self'",
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data:",
		]) {
			expect(policy).toContain(directive);
		}
	});
	it('fails, naming the page, when the page has no <head>', () => {
		const call = () =>
			withContentSecurityPolicy('<!doctype html><html><body><script>x()</script></body></html>', 'no-head/index.html');
		expect(call).toThrow(PolicyError);
		expect(call).toThrow(/^no-head\/index\.html: it has no <head>/);
	});
	it('fails, naming the page, when the page already has a policy', () => {
		const call = () =>
			withContentSecurityPolicy(
				page('<meta http-equiv="Content-Security-Policy" content="script-src *">'),
				'twice/index.html',
			);
		expect(call).toThrow(/^twice\/index\.html: it already has a Content-Security-Policy/);
	});
});
