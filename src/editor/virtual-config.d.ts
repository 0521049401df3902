/** Keystatic's configuration, made by the dev server from the schemas (src/editor/integration.ts). */
declare module 'virtual:keystatic-config' {
	const config: import('@keystatic/core').Config;
	export default config;
}
