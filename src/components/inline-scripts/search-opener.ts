/**
 * Starts loading search when the reader shows intent (pointer over or focus on a
 * [data-search-open] link), opens it on a click, `/` or Ctrl/⌘-K, and loads Pagefind's
 * highlighter on pages reached from a result.
 */
export const searchOpenerScript = String.raw`
(() => {
	const base = document.documentElement.dataset.base || '/';
	let loading = null;
	// One load, however often search is opened.
	const load = () => (loading ??= import(base + 'search-dialog.js').then((module) => module.searchDialog(base)));
	const intent = (event) => {
		if (event.target instanceof Element && event.target.closest('[data-search-open]')) load().catch(() => (loading = null));
	};
	document.addEventListener('pointerover', intent, { passive: true });
	document.addEventListener('focusin', intent);
	const open = (event) => {
		event.preventDefault();
		const pageInput = document.querySelector('[data-search-page] input');
		if (pageInput) return pageInput.focus();
		// The dialog opens at once, from its template; its code takes over what was typed meanwhile.
		let dialog = document.querySelector('dialog.search-dialog');
		if (!dialog) {
			document.body.append(document.getElementById('search-dialog-template').content.cloneNode(true));
			dialog = document.querySelector('dialog.search-dialog');
		}
		if (!dialog.open) dialog.showModal();
		dialog.querySelector('input').focus();
		load().catch(() => (location.href = base + 'search/'));
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
		import(base + 'pagefind/pagefind-highlight.js').then(
			({ default: Highlight }) => new Highlight({ highlightParam: 'highlight', addStyles: false, markOptions: { className: 'search-highlight' } }),
		);
	}
})();
`;
