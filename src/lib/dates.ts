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
