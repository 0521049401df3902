import { execFileSync } from 'node:child_process';

/**
 * The date of the last commit that changed a file (YYYY-MM-DD), or undefined where git
 * cannot tell (no repository, a file not committed yet, a shallow clone without it).
 */
export function lastUpdated(file: string): string | undefined {
	try {
		const date = execFileSync('git', ['log', '-1', '--format=%cs', '--', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
		return /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : undefined;
	} catch {
		return undefined;
	}
}
