import type { Content } from '../entry.ts';
import type { Problem } from '../problem.ts';
import { didYouMean } from '../suggest.ts';
import { at, declaredCategories, indexChapter, of, str } from './helpers.ts';

/**
 * The shape of the thesis: each listed collection has its index chapter, a challenge's
 * section lies inside that chapter, and a dynamic's category is declared in thesis.json
 * (whose categories lie inside the chapter that lists the dynamics).
 */
export function structureRule(content: Content): Problem[] {
	const problems: Problem[] = [];
	for (const listed of ['dynamics', 'challenges'] as const) {
		if (of(content, listed).length > 0 && !indexChapter(content, listed)) {
			const folder = content.thesis.file.replace(/thesis\.json$/, 'chapters');
			problems.push({
				file: folder,
				message: `no chapter has \`lists: "${listed}"\` in its frontmatter, so the ${listed} have no index page`,
				fix: `add lists: "${listed}" to the chapter that introduces them`,
			});
		}
	}

	const challengesChapter = str(indexChapter(content, 'challenges')?.data.section);
	for (const challenge of of(content, 'challenges')) {
		const section = str(challenge.data.section);
		if (challengesChapter && section && /^\d+\.\d+$/.test(section) && section.split('.')[0] !== challengesChapter) {
			problems.push(
				at(
					challenge,
					challenge.keyLines.get('section'),
					`section "${section}" is outside chapter ${challengesChapter}, which lists the challenges`,
					`number it ${challengesChapter}.n`,
				),
			);
		}
	}

	const categories = declaredCategories(content);
	const ids = categories.map((c) => c.id);
	if (content.thesis.data !== undefined) {
		for (const dynamic of of(content, 'dynamics')) {
			const category = str(dynamic.data.category);
			if (category && !ids.includes(category)) {
				problems.push(
					at(
						dynamic,
						dynamic.keyLines.get('category'),
						`category "${category}" is not declared in ${content.thesis.file}`,
						didYouMean(
							category,
							ids,
							`use one of: ${ids.join(', ') || 'none declared yet'}, or declare it under "categories"`,
						),
					),
				);
			}
		}
	}
	const dynamicsChapter = str(indexChapter(content, 'dynamics')?.data.section);
	for (const category of categories) {
		if (dynamicsChapter && category.section && category.section.split('.')[0] !== dynamicsChapter) {
			problems.push({
				file: content.thesis.file,
				line: content.thesis.keyLines.get('categories'),
				message: `category "${category.id}" has section "${category.section}", outside chapter ${dynamicsChapter}, which lists the dynamics`,
				fix: `number it ${dynamicsChapter}.n`,
			});
		}
	}
	return problems;
}
