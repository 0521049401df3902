/**
 * An error the build stops on, as `astro build` shows it: its message, Astro's hint, the
 * file and line, and where it was thrown. Astro's build() API throws it without printing
 * it (its command line does the printing), so `npm run build` prints it this way.
 */
export function describeBuildError(error: unknown): string {
	if (!(error instanceof Error)) return String(error);
	const { hint, loc } = error as Error & { hint?: string; loc?: { file?: string; line?: number; column?: number } };
	return [
		`[${error.name}] ${error.message}`,
		...(hint ? ['  Hint:', `    ${hint}`] : []),
		...(loc?.file ? ['  Location:', `    ${loc.file}:${loc.line ?? 0}:${loc.column ?? 0}`] : []),
		...(error.stack ? ['  Stack trace:', ...error.stack.split('\n').filter((line) => line.startsWith('    at '))] : []),
	].join('\n');
}
