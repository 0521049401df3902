import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generatorScripts } from '../components/inline-scripts/index.ts';
import { startTags, type StartTag } from '../lib/html-tags.ts';
import { builtPages } from './built-pages.ts';

/*
 * Why not Astro's own `security.csp`: it can carry these directives, 'wasm-unsafe-eval' and
 * our hashes, but it writes its <meta> where Astro renders head content, at the end of
 * <head>, after the theme script, the JSON-LD and the social metadata, and offers no way to
 * move it. A <meta> policy governs only what follows it, so it must come first. (Checked
 * with astro 7.3.5.)
 */

/** Script types a browser runs; others (JSON-LD, Pagefind templates) are data. */
const executable = /^(|text\/javascript|module|application\/javascript)$/i;

/** The CSP source of an inline script: the SHA-256 of its text. */
export function scriptHash(text: string): string {
	return `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
}

/** Hashes of the generator's own inline scripts: the only inline scripts a page may run. */
export const generatorScriptHashes: ReadonlySet<string> = new Set(generatorScripts.map(scriptHash));

/**
 * The Content-Security-Policy of a page with the given inline script hashes: scripts only
 * from this site or inline with one of those hashes (never 'unsafe-inline' for scripts),
 * and WebAssembly for Pagefind's search. Styles may be inline: Mermaid's SVGs carry <style>.
 */
export function contentSecurityPolicy(scriptHashes: Iterable<string>): string {
	return [
		"default-src 'self'",
		["script-src 'self' 'wasm-unsafe-eval'", ...new Set(scriptHashes)].join(' '),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/** A page the policy cannot be added to, named by its path in the build. */
export class PolicyError extends Error {
	constructor(page: string, problem: string) {
		super(`${page}: ${problem}; the Content-Security-Policy cannot be added`);
		this.name = 'PolicyError';
	}
}

/** The outcome for one page: its HTML with the policy, and inline scripts left out of it. */
export interface PolicedPage {
	html: string;
	/** Inline scripts on the page that are not the generator's: the policy blocks them. */
	blocked: number;
}

/**
 * Adds the policy to one built page as the first element of its <head>, so it governs
 * everything after it. The policy lists the hashes of the generator's inline scripts found
 * on the page, and nothing else. A page without a written <head>, or with a policy of its
 * own, fails: it would otherwise ship unprotected or with two policies. The page is read
 * with a tokenizer, not parsed into a tree: the policy goes in as text, the rest is untouched.
 */
export function withContentSecurityPolicy(
	html: string,
	page: string,
	allowed: ReadonlySet<string> = generatorScriptHashes,
): PolicedPage {
	let head: StartTag | undefined;
	const hashes = new Set<string>();
	let blocked = 0;
	for (const tag of startTags(html)) {
		if (tag.name === 'head') head ??= tag;
		if (tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy') {
			throw new PolicyError(page, 'it already has a Content-Security-Policy <meta>');
		}
		if (tag.name !== 'script' || tag.attributes.has('src')) continue;
		if (!executable.test(tag.attributes.get('type') ?? '')) continue;
		const hash = scriptHash(tag.text ?? '');
		if (allowed.has(hash)) hashes.add(hash);
		else blocked += 1;
	}
	if (!head) throw new PolicyError(page, 'it has no <head>');
	const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(hashes)}">`;
	return { html: html.slice(0, head.end) + meta + html.slice(head.end), blocked };
}

/**
 * Adds the policy to every built page. A static host needs no configuration for it to
 * apply. Inline scripts that are not the generator's are reported: they will not run.
 */
export function contentSecurityPolicyIntegration(): AstroIntegration {
	return {
		name: 'thesis-site:content-security-policy',
		hooks: {
			'astro:build:done': ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const pages = builtPages(root);
				for (const page of pages) {
					const file = join(root, page);
					const { html, blocked } = withContentSecurityPolicy(readFileSync(file, 'utf8'), page);
					if (blocked > 0)
						logger.warn(`${page}: ${blocked} inline script(s) not written by the generator; the policy blocks them`);
					writeFileSync(file, html);
				}
				logger.info(`content security policy: ${pages.length} pages`);
			},
		},
	};
}
