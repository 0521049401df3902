/**
 * `npm run edition -- "What changed, in one sentence" [--date YYYY-MM-DD]`: records the next
 * edition of the thesis in content/editions/ (src/editions/record-edition.ts). The date is
 * today's on this machine's calendar, or the day of SOURCE_DATE_EPOCH (seconds, UTC) if it
 * is set, or the one given with --date.
 */
import { parseArgs } from 'node:util';
import { recordEdition } from '../editions/record-edition.ts';
import { localDate, utcDate } from '../lib/dates.ts';
import { contentDir } from '../paths.ts';

const usage = 'usage: npm run edition -- "What changed, in one sentence" [--date YYYY-MM-DD]';

try {
	const { positionals, values } = parseArgs({ allowPositionals: true, options: { date: { type: 'string' } } });
	if (positionals.length !== 1) throw new Error(usage);
	const epoch = process.env.SOURCE_DATE_EPOCH;
	if (epoch && !/^\d+$/.test(epoch)) throw new Error(`SOURCE_DATE_EPOCH is "${epoch}", not a number of seconds`);
	const date = values.date ?? (epoch ? utcDate(new Date(Number(epoch) * 1000)) : localDate(new Date()));
	const recorded = await recordEdition(contentDir, positionals[0], date);
	console.log(recorded.messages.join('\n'));
} catch (error) {
	console.error(error instanceof Error ? error.message : String(error));
	process.exit(1);
}
