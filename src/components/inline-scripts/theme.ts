/** Applies a stored theme before first paint and drives every [data-theme-toggle] button. */
export const themeScript = String.raw`
(() => {
	const root = document.documentElement;
	const system = matchMedia('(prefers-color-scheme: dark)');
	let stored = null;
	try {
		stored = localStorage.getItem('theme');
	} catch {}
	if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
	root.dataset.js = '';
	const current = () => root.dataset.theme || (system.matches ? 'dark' : 'light');
	const sync = () => {
		for (const button of document.querySelectorAll('[data-theme-toggle]')) {
			button.setAttribute('aria-pressed', String(current() === 'dark'));
		}
	};
	document.addEventListener('DOMContentLoaded', sync);
	system.addEventListener('change', sync);
	document.addEventListener('click', (event) => {
		if (!(event.target instanceof Element) || !event.target.closest('[data-theme-toggle]')) return;
		root.dataset.theme = current() === 'dark' ? 'light' : 'dark';
		try {
			localStorage.setItem('theme', root.dataset.theme);
		} catch {}
		sync();
	});
})();
`;
