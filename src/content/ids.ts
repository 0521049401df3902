/** The one rule for ids (file names without extension): lower-case words joined by hyphens. */
export const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isId(name: string): boolean {
	return idPattern.test(name);
}

/** An id from a title or a file name: "Promotion of “Internet +”" → "promotion-of-internet". */
export function slugify(title: string): string {
	return title
		.toLowerCase()
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/&/g, ' and ')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '')
		.slice(0, 60)
		.replace(/-+$/, '');
}
