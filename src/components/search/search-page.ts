/**
 * The search page: loads Pagefind's component UI, runs the search named in the URL
 * (?q=…&kind=…&category=…) and keeps the URL in step with the reader's query and filters,
 * so a search can be shared as a link.
 */
import { searchOptions } from './search-options.ts';

interface PagefindInstance {
	triggerSearchWithFilters(term: string, filters: Record<string, string[]>): void;
	on(event: 'search', callback: (term: string, filters: Record<string, string[]>) => void): void;
}
interface PagefindComponents {
	configureInstance(name: string, options: Record<string, unknown>): void;
	getInstanceManager(): { getInstance(name: string): PagefindInstance };
}

const filterNames = ['kind', 'category'];

function loadScript(src: string): Promise<void> {
	return new Promise((resolve, reject) => {
		const script = document.createElement('script');
		script.src = src;
		script.onload = () => resolve();
		script.onerror = () => reject(new Error(`Search could not load ${src}`));
		document.head.append(script);
	});
}

async function start(root: HTMLElement) {
	const base = document.documentElement.dataset.base ?? '/';
	const bundle = `${base}pagefind/`;
	const css = document.createElement('link');
	css.rel = 'stylesheet';
	css.href = `${bundle}pagefind-component-ui.css`;
	document.head.append(css);
	await loadScript(`${bundle}pagefind-component-ui.js`);
	const components = (window as unknown as { PagefindComponents: PagefindComponents }).PagefindComponents;
	components.configureInstance('default', searchOptions(base));

	const ui = root.querySelector<HTMLTemplateElement>('#search-page-template');
	if (!ui) return;
	root.querySelector('[data-search-fallback]')?.setAttribute('hidden', '');
	root.append(ui.content.cloneNode(true));

	const instance = components.getInstanceManager().getInstance('default');
	const params = new URLSearchParams(location.search);
	const term = params.get('q') ?? '';
	const filters = Object.fromEntries(
		filterNames.flatMap((name) => (params.getAll(name).length ? [[name, params.getAll(name)]] : [])),
	);
	const input = await waitFor(() => root.querySelector<HTMLInputElement>('pagefind-input input'));
	input.value = term;
	if (term || Object.keys(filters).length) instance.triggerSearchWithFilters(term, filters);
	input.focus();

	instance.on('search', (query, selected) => {
		const next = new URLSearchParams();
		if (query) next.set('q', query);
		for (const name of filterNames) for (const value of selected?.[name] ?? []) next.append(name, value);
		const search = next.toString();
		history.replaceState(null, '', `${location.pathname}${search ? `?${search}` : ''}`);
	});
}

/** Resolves with the element once a custom element has rendered it. */
function waitFor<T>(find: () => T | null): Promise<T> {
	return new Promise((resolve) => {
		const check = () => {
			const found = find();
			if (found) resolve(found);
			else requestAnimationFrame(check);
		};
		check();
	});
}

const root = document.querySelector<HTMLElement>('[data-search-page]');
if (root) void start(root);
