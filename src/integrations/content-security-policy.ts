import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtPages } from './built-pages';

/** Script types a browser runs; others (JSON-LD, Pagefind templates) are data. */
const executable = /^(|text\/javascript|module|application\/javascript)$/i;

/**
 * The Content-Security-Policy of one page: scripts only from this site or inline with the
 * exact hash of each inline script on the page (never 'unsafe-inline' for scripts), and
 * WebAssembly for Pagefind's search. Styles may be inline: Mermaid's SVGs carry <style>.
 */
export function contentSecurityPolicy(html: string): string {
	const hashes = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)]
		.filter(([, attributes]) => !/\bsrc=/.test(attributes) && executable.test(/\btype=["']?([^"'\s>]*)/.exec(attributes)?.[1] ?? ''))
		.map(([, , body]) => `'sha256-${createHash('sha256').update(body).digest('base64')}'`);
	return [
		"default-src 'self'",
		`script-src 'self' 'wasm-unsafe-eval' ${[...new Set(hashes)].join(' ')}`.trim(),
		"style-src 'self' 'unsafe-inline'",
		"img-src 'self' data:",
		"connect-src 'self'",
		"worker-src 'self'",
		"object-src 'none'",
		"base-uri 'self'",
		"form-action 'self'",
	].join('; ');
}

/**
 * Adds the policy to every built page as the first element of <head>, so it governs
 * everything after it. A static host needs no configuration for it to apply.
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
					const html = readFileSync(file, 'utf8');
					const meta = `<meta http-equiv="content-security-policy" content="${contentSecurityPolicy(html)}">`;
					writeFileSync(file, html.replace(/<head>/, `<head>${meta}`));
				}
				logger.info(`content security policy: ${pages.length} pages`);
			},
		},
	};
}
