import type { Problem } from '../problem.ts';
import type { Rule } from './helpers.ts';

/**
 * The edition records (content/editions/*.jsonl): each line readable (src/editions/record.ts),
 * the editions numbered 1, 2, 3… with no gap, each dated on or after the one before, and
 * every passage they record known to the passage registry, which keeps every id ever given.
 */
export const editionsRule: Rule = (content) => {
	const problems: Problem[] = content.editions.flatMap((file) => file.problems);
	const numbered = content.editions.filter((file) => file.number !== undefined);
	numbered.forEach((file, index) => {
		const previous = numbered[index - 1]?.number ?? 0;
		if (file.number !== previous + 1)
			problems.push({
				file: file.file,
				line: 1,
				message: `edition ${file.number} follows ${previous ? `edition ${previous}` : 'no edition'}: edition ${previous + 1} is missing`,
				fix: `restore ${editionsFolderOf(file.file)}${previous + 1}.jsonl from git, or number the editions 1, 2, 3… with no gap`,
			});
	});
	// Dates are compared on the headers, so a record with a broken line still has its date checked.
	const dated = numbered.flatMap((file) => (file.header ? [{ file, header: file.header }] : []));
	for (let i = 1; i < dated.length; i++) {
		const [before, after] = [dated[i - 1].header, dated[i].header];
		if (after.date < before.date)
			problems.push({
				file: dated[i].file.file,
				line: 1,
				message: `the editions are out of order: edition ${after.edition} is dated ${after.date}, before edition ${before.edition} (${before.date})`,
				fix: `date edition ${after.edition} on or after ${before.date}, or restore the file from git`,
			});
	}
	// A registry with problems of its own is reported by the reading rule; its ids are not to be trusted.
	const records = numbered.flatMap((file) => (file.record ? [{ file, record: file.record }] : []));
	if (content.passages.problems.length === 0) {
		const known = new Set(content.passages.entries.map((entry) => entry.id));
		for (const { file, record } of records)
			for (const passage of record.passages)
				if (!known.has(passage.id))
					problems.push({
						file: file.file,
						line: file.lines.get(passage.id),
						message: `passage "${passage.id}" of edition ${record.edition} is not in ${content.passages.file}`,
						fix: `restore ${content.passages.file} from git: it keeps every passage id ever given`,
					});
	}
	return problems;
};

/** The folder of an edition's file as messages print it: "content/editions/". */
const editionsFolderOf = (file: string) => file.replace(/[^/\\]*$/, '');
