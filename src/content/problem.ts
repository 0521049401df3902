/** A mistake in content/, with where it is and how to fix it. */
export interface Problem {
	/** The file as messages print it (relative to the working directory). */
	file: string;
	line?: number;
	column?: number;
	message: string;
	fix: string;
}

/** `file:line:col`, as far as it is known. */
export function location(problem: Pick<Problem, 'file' | 'line' | 'column'>): string {
	if (!problem.line) return problem.file;
	return `${problem.file}:${problem.line}${problem.column ? `:${problem.column}` : ''}`;
}

/** Problems as editors read them: `file:line:col: message` then the fix, one after another. */
export function formatProblems(problems: Problem[]): string {
	const lines = problems.map((p) => `${location(p)}: ${p.message}\n    fix: ${p.fix}`);
	return `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n\n${lines.join('\n\n')}`;
}

/** Problems in file, line and column order, so a list reads top to bottom. */
export function sortProblems(problems: Problem[]): Problem[] {
	return [...problems].sort(
		(a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0),
	);
}
