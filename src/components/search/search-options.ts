/**
 * Options of the Pagefind instance, for the dialog (through its template's data-options
 * attribute, read by an inline script) and the search page (imported) alike.
 */
export function searchOptions(base: string) {
	return {
		bundlePath: `${base}pagefind/`,
		// Result links carry the site's base path (Pagefind indexes paths from the root).
		baseUrl: base,
		// Landing pages mark the terms (see SearchScript.astro).
		highlightParam: 'highlight',
		// Search runs on the page's own thread: for an index this size a worker would only
		// add a download (about 12 KB gzip) before the first result.
		noWorker: true,
		ranking: {
			// Short pages (concept definitions quote the thesis) must not outrank the passage
			// they quote just for being short.
			pageLength: 0.2,
		},
	};
}
