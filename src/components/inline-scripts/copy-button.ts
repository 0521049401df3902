/**
 * The copy buttons of "Cite this" ([data-copy] names the element whose text to copy) and
 * the "¶" permalinks of citable passages: following a permalink also copies the passage's
 * permanent address (data-permanent, its resolver page, which follows it through edits). One delegated listener; the status line tells screen readers what was copied.
 * Without JavaScript nothing is lost: the text stays selectable, the permalink still leads
 * to its passage.
 */
export const copyButtonScript = String.raw`
document.addEventListener('click', (event) => {
	const target = event.target instanceof Element ? event.target : null;
	const button = target && target.closest('[data-copy]');
	const passage = target && target.closest('a.passage-link');
	const source = button && document.getElementById(button.getAttribute('data-copy'));
	const permanent = passage && passage.getAttribute('data-permanent');
	const text = source ? source.textContent.trim() : passage ? new URL(permanent || passage.href, location.href).href : '';
	if (!text || !navigator.clipboard) return;
	const status = document.getElementById('copy-status');
	navigator.clipboard.writeText(text).then(() => {
		if (status) status.textContent = passage ? 'Link to the paragraph copied' : 'Copied';
		if (button) {
			const label = button.textContent;
			button.textContent = 'Copied';
			setTimeout(() => (button.textContent = label), 2000);
		} else {
			passage.setAttribute('data-copied', '');
			setTimeout(() => passage.removeAttribute('data-copied'), 2000);
		}
	});
});
`;
