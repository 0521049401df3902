import react from '@astrojs/react';
import type { AstroIntegration } from 'astro';
import { realpathSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { loadContent } from '../content/load.ts';
import { cacheDir, contentDir } from '../paths.ts';
import { editorModel } from './editor-model.ts';

/** Where the editor is served; Keystatic's interface and API expect these addresses. */
export const editorPath = '/keystatic/';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const virtualId = 'virtual:keystatic-config';
const resolvedVirtualId = `\0${virtualId}`;

/**
 * The browser editor of `npm run edit`: React, Keystatic's interface at /keystatic/ and its
 * API at /api/keystatic/, on the dev server only. astro.config.mjs adds these integrations
 * only when THESIS_EDITOR is set, so a build neither loads nor ships any of it.
 */
export function editorIntegrations(): AstroIntegration[] {
	return [react(), editorIntegration()];
}

function editorIntegration(): AstroIntegration {
	return {
		name: 'thesis-site:editor',
		hooks: {
			'astro:config:setup': ({ command, config, injectRoute, updateConfig }) => {
				if (command !== 'dev')
					throw new Error('the editor runs with `npm run edit` only: unset THESIS_EDITOR to build');
				const root = fileURLToPath(config.root);
				updateConfig({
					// Keystatic's interface and API use addresses without a trailing slash.
					trailingSlash: 'ignore',
					vite: {
						plugins: [configModule()],
						// The editor's code is served from node_modules, which may be a link to another
						// folder (the tests' fixture projects share the repository's).
						server: { fs: { allow: [root, realpathSync(join(root, 'node_modules'))] } },
						// Its own dependency cache, so that a copy of the project sharing node_modules
						// (the tests' fixtures) does not overwrite the one of `npm run edit`.
						cacheDir: join(cacheDir, 'vite'),
						// Bundled before the first visit: found late, they would reload the page.
						optimizeDeps: {
							include: [
								'@keystatic/core',
								'@keystatic/core/ui',
								'@keystatic/core/content-components',
								'@keystatic/astro/ui',
								'react',
								'react-dom',
								'react-dom/client',
								'react/jsx-runtime',
								'react/jsx-dev-runtime',
							],
						},
					},
				});
				injectRoute({ pattern: '/keystatic/[...params]', entrypoint: here('./EditorPage.astro'), prerender: false });
				injectRoute({ pattern: '/api/keystatic/[...params]', entrypoint: here('./api-route.ts'), prerender: false });
			},
			'astro:server:start': ({ address, logger }) => {
				logger.info(`the editor is at http://localhost:${address.port}${editorPath}`);
			},
		},
	};
}

/**
 * `virtual:keystatic-config`: Keystatic's configuration, made from the editor model that the
 * dev server reads from the schemas and content/thesis.json (the browser cannot read them).
 * When thesis.json changes, the next visit gets its new categories.
 */
function configModule(): Plugin {
	const thesisFile = resolve(contentDir, 'thesis.json');
	return {
		name: 'thesis-site:editor-config',
		resolveId: (id) => (id === virtualId ? resolvedVirtualId : undefined),
		load(id) {
			if (id !== resolvedVirtualId) return undefined;
			const model = editorModel(loadContent(contentDir));
			return [
				`import { keystaticConfig } from ${JSON.stringify(here('./keystatic-config.ts'))};`,
				`export default keystaticConfig(${JSON.stringify(model)});`,
			].join('\n');
		},
		configureServer(server) {
			server.watcher.on('change', (path) => {
				if (resolve(path) !== thesisFile) return;
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(resolvedVirtualId);
					if (module) environment.moduleGraph.invalidateModule(module);
				}
			});
		},
	};
}
