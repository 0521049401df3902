import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import type { Problem } from './problem.ts';

export interface Frontmatter {
	/** The parsed frontmatter (empty when it is missing or not valid). */
	data: Record<string, unknown>;
	/** The file line of each top-level key. */
	keyLines: Map<string, number>;
	/** Whether the frontmatter could be read (present, valid YAML, a mapping). */
	valid: boolean;
	/**
	 * The text with the frontmatter blanked out line for line, so that a parser of the
	 * body reports lines of the file itself.
	 */
	body: string;
	/** Where the body starts in the text (after the closing ---). */
	bodyOffset: number;
	problems: Problem[];
}

const fence = /^---[ \t]*\r?\n([\s\S]*?\r?\n)?---[ \t]*(?:\r?\n|$)/;

/** Splits `--- yaml ---` from the top of a (BOM-less) Markdown file and parses it. */
export function readFrontmatter(text: string, file: string): Frontmatter {
	const match = fence.exec(text);
	if (!match) {
		const late = /^---[ \t]*$/m.test(text);
		return {
			data: {},
			keyLines: new Map(),
			valid: false,
			body: text,
			bodyOffset: 0,
			problems: [
				{
					file,
					line: 1,
					message: late
						? 'the frontmatter does not start on the first line of the file'
						: 'the file has no frontmatter (--- … ---) at its top',
					fix: late
						? 'remove what comes before the opening --- line'
						: 'start the file with ---, the fields (see README.md), then ---',
				},
			],
		};
	}
	const body = match[0].replace(/[^\n]/g, '') + text.slice(match[0].length);
	const yaml = match[1] ?? '';
	const lineCounter = new LineCounter();
	const document = parseDocument(yaml, { lineCounter, prettyErrors: false, uniqueKeys: true });
	const base = { keyLines: new Map<string, number>(), body, bodyOffset: match[0].length };
	if (document.errors.length > 0) {
		const problems = document.errors.map((error) => {
			const position = lineCounter.linePos(error.pos[0]);
			// An unclosed quote is detected where the text ends: point at the line that opens it.
			const quoteLine = /quote/i.test(error.message)
				? yaml.split('\n').findIndex((l) => (l.replace(/\\"/g, '').match(/"/g)?.length ?? 0) % 2 === 1)
				: -1;
			return {
				file,
				// The frontmatter starts on the file's line 2, after the opening ---.
				line: quoteLine >= 0 ? quoteLine + 2 : position.line + 1,
				column: quoteLine >= 0 ? undefined : position.col,
				message: `the frontmatter is not valid YAML: ${error.message.split('\n')[0].replace(/ at line \d+, column \d+.*$/, '')}`,
				fix: 'quote text that contains a colon or starts with a quote, close every quote, and indent lists consistently',
			};
		});
		return { ...base, data: {}, valid: false, problems: problems.slice(0, 1) };
	}
	const contents = document.contents;
	if (contents !== null && !isMap(contents)) {
		return {
			...base,
			data: {},
			valid: false,
			problems: [
				{
					file,
					line: 2,
					message: 'the frontmatter is not a list of `field: value` lines',
					fix: 'write one `field: value` per line (see README.md)',
				},
			],
		};
	}
	if (isMap(contents)) {
		for (const pair of contents.items) {
			if (isScalar(pair.key) && pair.key.range)
				base.keyLines.set(String(pair.key.value), lineCounter.linePos(pair.key.range[0]).line + 1);
		}
	}
	const data = (document.toJS() ?? {}) as Record<string, unknown>;
	return { ...base, data, valid: true, problems: [] };
}
