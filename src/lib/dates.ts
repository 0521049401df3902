/**
 * Calendar dates as editions record them ("2026-12-03") and as pages show them
 * ("3 December 2026"). The format is fixed here rather than taken from the machine's
 * locale or time zone, so every build shows the same words.
 */

const months = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
];

/** A real day written YYYY-MM-DD ("2026-02-30" is not one). */
export function isCalendarDate(value: unknown): value is string {
	if (typeof value !== 'string') return false;
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
	if (!match) return false;
	const [year, month, day] = match.slice(1).map(Number);
	const date = new Date(Date.UTC(year, month - 1, day));
	return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "2026-12-03" → "3 December 2026". */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-').map(Number);
	return `${day} ${months[month - 1]} ${year}`;
}

/** The day of a moment in UTC, YYYY-MM-DD (as SOURCE_DATE_EPOCH is read). */
export function utcDate(moment: Date): string {
	return moment.toISOString().slice(0, 10);
}

/** The day of a moment on the machine's calendar, YYYY-MM-DD: "today" for the editor who runs a command. */
export function localDate(moment: Date): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${moment.getFullYear()}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}
