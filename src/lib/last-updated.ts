import { execFileSync } from 'node:child_process';
import { normalize } from 'node:path';
import { contentDir } from '../paths.ts';

let dates: Map<string, string> | undefined;

/**
 * The date of the last commit that changed each file of `folder`, from one `git log`
 * (not one process per page). Paths are relative to `cwd`; an empty map where git cannot
 * tell (no repository, a folder outside it).
 */
export function commitDates(folder: string, cwd = process.cwd()): Map<string, string> {
	const map = new Map<string, string>();
	try {
		const log = execFileSync(
			'git',
			['-c', 'core.quotePath=false', 'log', '--format=%x00%cs', '--name-only', '--relative', '--', folder],
			{
				cwd,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'ignore'],
				maxBuffer: 256 * 1024 * 1024,
			},
		);
		// Newest commit first: the first date seen for a file is its last change.
		for (const commit of log.split('\0').slice(1)) {
			const [date, ...files] = commit.split('\n');
			if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) continue;
			for (const file of files) if (file && !map.has(file)) map.set(file, date);
		}
	} catch {
		// No git, or not a repository: no dates.
	}
	return map;
}

/**
 * The date of the last commit that changed a file (YYYY-MM-DD), or undefined where git
 * cannot tell (no repository, a file not committed yet, a shallow clone without it).
 */
export function lastUpdated(file: string): string | undefined {
	dates ??= commitDates(contentDir);
	return dates.get(normalize(file));
}
