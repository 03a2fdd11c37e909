import type { EventDateOrSpan } from '../schemas/dates.ts';

/**
 * Dates are calendar days, not instants: they are formatted in UTC so that no reader's or
 * builder's time zone moves 14 February to the 13th.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2022-02-14` → `14 February 2022`; `1988-07` → `July 1988`; `1988` → `1988`. */
export function formatDate(iso: string): string {
	const [year, month, day] = iso.split('-').map(Number);
	if (year === undefined || Number.isNaN(year)) return iso;
	if (month === undefined) return String(year);
	if (day === undefined) return monthFormat.format(Date.UTC(year, month - 1, 1));
	return dayFormat.format(Date.UTC(year, month - 1, day));
}

/** The date of a claim's event: one date, or `from – to`. */
export function formatEventDate(date: EventDateOrSpan): string {
	return typeof date === 'string' ? formatDate(date) : `${formatDate(date.from)} – ${formatDate(date.to)}`;
}

/** The first day an event date can mean, for sorting and for machine-readable `datetime`. */
export function eventDateStart(date: EventDateOrSpan): string {
	return typeof date === 'string' ? date : date.from;
}
