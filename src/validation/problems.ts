/** A mistake in content/, with where it is and how to fix it. */
export interface Problem {
	file: string;
	line?: number;
	message: string;
	fix: string;
}

/** Problems as editors read them: `file:line: message` then the fix, one after another. */
export function formatProblems(problems: Problem[]): string {
	const lines = problems.map((p) => `${p.file}${p.line ? `:${p.line}` : ''}: ${p.message}\n    fix: ${p.fix}`);
	return `${problems.length} problem${problems.length === 1 ? '' : 's'} in the content:\n\n${lines.join('\n\n')}`;
}
