/** Loads Pagefind when the reader asks for search, and its highlighter on pages reached from a result. */
export const searchOpenerScript = String.raw`
(() => {
	const base = document.documentElement.dataset.base || '/';
	const bundle = base + 'pagefind/';
	let loading = null;
	const addScript = (src) =>
		new Promise((resolve, reject) => {
			const script = document.createElement('script');
			script.src = src;
			script.onload = resolve;
			script.onerror = () => reject(new Error('Search could not load ' + src));
			document.head.append(script);
		});
	const loadComponents = async () => {
		const css = document.createElement('link');
		css.rel = 'stylesheet';
		css.href = bundle + 'pagefind-component-ui.css';
		document.head.append(css);
		await addScript(bundle + 'pagefind-component-ui.js');
		const template = document.getElementById('search-dialog-template');
		window.PagefindComponents.configureInstance('default', JSON.parse(template.dataset.options));
		document.body.append(template.content.cloneNode(true));
		return document.querySelector('pagefind-modal');
	};
	// One load, however often search is opened.
	const load = () => (loading ??= loadComponents());
	const open = (event) => {
		const pageInput = document.querySelector('[data-search-page] input');
		if (pageInput) {
			event.preventDefault();
			pageInput.focus();
			return;
		}
		event.preventDefault();
		load().then((modal) => modal.open(), () => (location.href = base + 'search/'));
	};
	document.addEventListener('click', (event) => {
		if (event.target instanceof Element && event.target.closest('[data-search-open]')) open(event);
	});
	document.addEventListener('keydown', (event) => {
		const typing = event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]');
		const shortcut = event.key.toLowerCase() === 'k' && (event.metaKey || event.ctrlKey);
		if (shortcut || (event.key === '/' && !typing && !event.metaKey && !event.ctrlKey && !event.altKey)) open(event);
	});
	if (new URLSearchParams(location.search).has('highlight')) {
		import(bundle + 'pagefind-highlight.js').then(
			({ default: Highlight }) => new Highlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight' } }),
		);
	}
})();
`;
