/**
 * The search dialog, loaded on intent (pointer over or focus on a search button, or `/`,
 * Ctrl/⌘-K) by the inline opener in SearchScript.astro, as /search-dialog.js. It fetches
 * the quick index and starts Pagefind at once, so the first keystroke is answered from the
 * quick index (concepts and page titles) while Pagefind's full-text results follow below.
 */
import type { QuickEntry } from './quick-index.ts';
import { quickMatch } from './quick-match.ts';
import { searchOptions } from './search-options.ts';

interface PagefindResultData {
	url: string;
	excerpt: string;
	meta: Record<string, string | undefined>;
	sub_results: { title: string; url: string }[];
}
interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	init(): Promise<void>;
	preload(term: string): Promise<void>;
	debouncedSearch(
		term: string,
		options?: object,
		wait?: number,
	): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

/** Full-text results shown in the dialog; the search page lists them all, with filters. */
const shown = 8;

/** Takes over the dialog (putting it in from its template if the opener has not). */
export function searchDialog(base: string): void {
	// The inline opener may have put the dialog in already (opened before this code arrived).
	if (!document.querySelector('dialog.search-dialog')) {
		const template = document.getElementById('search-dialog-template') as HTMLTemplateElement;
		document.body.append(template.content.cloneNode(true));
	}
	const dialog = document.querySelector<HTMLDialogElement>('dialog.search-dialog')!;
	const input = dialog.querySelector<HTMLInputElement>('input[type="search"]')!;
	const quickList = dialog.querySelector<HTMLElement>('[data-search-quick]')!;
	const fullList = dialog.querySelector<HTMLElement>('[data-search-full]')!;
	const status = dialog.querySelector<HTMLElement>('[data-search-status]')!;
	const more = dialog.querySelector<HTMLAnchorElement>('[data-search-more]')!;

	let quick: QuickEntry[] | undefined;
	const quickIndex = fetch(`${base}search-terms.json`)
		.then((response) => response.json() as Promise<QuickEntry[]>)
		.then((entries) => {
			quick = entries;
			if (input.value) showQuick(input.value);
		});
	const options = searchOptions(base);
	const engine = (import(/* @vite-ignore */ `${options.bundlePath}pagefind.js`) as Promise<Pagefind>).then(
		async (pagefind) => {
			await pagefind.options(options);
			await pagefind.init();
			return pagefind;
		},
	);

	const withHighlight = (href: string, term: string) =>
		`${href}${href.includes('?') ? '&' : '?'}highlight=${encodeURIComponent(term)}`;

	function item(href: string, title: string, kind: string | undefined, extra?: Node[]): HTMLLIElement {
		const li = document.createElement('li');
		li.className = 'search-result';
		const link = document.createElement('a');
		link.className = 'search-result-link';
		link.href = href;
		link.textContent = title;
		li.append(link);
		if (kind) {
			const label = document.createElement('span');
			label.className = 'search-kind';
			label.textContent = kind;
			li.append(' ', label);
		}
		if (extra) li.append(...extra);
		return li;
	}

	function showQuick(term: string) {
		if (!quick) return;
		const found = quickMatch(quick, term);
		quickList.replaceChildren(...found.map((entry) => item(withHighlight(entry.href, term), entry.title, entry.kind)));
		quickList.closest('section')!.hidden = found.length === 0;
	}

	async function showFull(term: string) {
		const pagefind = await engine;
		const search = await pagefind.debouncedSearch(term, {}, 80);
		if (!search || input.value.trim() !== term) return;
		const results = await Promise.all(search.results.slice(0, shown).map((result) => result.data()));
		if (input.value.trim() !== term) return;
		fullList.replaceChildren(
			...results.map((data) => {
				const excerpt = document.createElement('p');
				excerpt.className = 'search-excerpt';
				// Pagefind's excerpt is escaped text with <mark> around the matched words.
				excerpt.innerHTML = data.excerpt;
				const title = `${data.meta.section ? `${data.meta.section} ` : ''}${data.meta.title ?? data.url}`;
				return item(data.url, title, data.meta.kind, [excerpt]);
			}),
		);
		fullList.closest('section')!.hidden = results.length === 0;
		status.textContent =
			search.results.length === 0
				? `No page mentions “${term}”.`
				: `${search.results.length} page${search.results.length === 1 ? '' : 's'} mention “${term}”.`;
		more.href = `${base}search/?q=${encodeURIComponent(term)}`;
		more.hidden = search.results.length <= shown;
	}

	const update = () => {
		const term = input.value.trim();
		if (!term) {
			quickList.replaceChildren();
			fullList.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		showQuick(term);
		status.textContent = 'Searching the full text…';
		void showFull(term);
	};
	input.addEventListener('input', update);
	// What was typed before this code arrived.
	if (input.value) update();

	// Arrow keys move between the input and the result links, in the order shown.
	dialog.addEventListener('keydown', (event) => {
		if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
		const stops = [input, ...dialog.querySelectorAll<HTMLAnchorElement>('section:not([hidden]) .search-result-link')];
		const at = stops.indexOf(document.activeElement as HTMLInputElement);
		const next = stops[Math.min(stops.length - 1, Math.max(0, at + (event.key === 'ArrowDown' ? 1 : -1)))];
		event.preventDefault();
		next?.focus();
	});
	dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
	// A click on the backdrop (outside the dialog's box) closes it, as Escape does.
	dialog.addEventListener('click', (event) => {
		if (event.target === dialog) dialog.close();
	});

	void quickIndex.catch(() => undefined);
}
