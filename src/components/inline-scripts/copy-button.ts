/** Copies the text a [data-copy] button names; the text stays selectable without it. */
export const copyButtonScript = String.raw`
// Copies the text a [data-copy] button names; the text stays selectable without this.
document.addEventListener('click', (event) => {
	const button = event.target instanceof Element && event.target.closest('[data-copy]');
	const source = button && document.getElementById(button.getAttribute('data-copy'));
	if (!source || !navigator.clipboard) return;
	navigator.clipboard.writeText(source.textContent.trim()).then(() => {
		const label = button.textContent;
		button.textContent = 'Copied';
		setTimeout(() => (button.textContent = label), 2000);
	});
});
`;
