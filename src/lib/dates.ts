/**
 * Dates are calendar days, not instants: they are formatted in UTC so that no reader's or
 * builder's time zone moves 14 February to the 13th.
 */
const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const persianGregorianDay = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const persianGregorianMonth = new Intl.DateTimeFormat('fa-IR-u-ca-gregory', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const persianYear = new Intl.NumberFormat('fa-IR', { useGrouping: false });

/**
 * `2022-02-14` → `14 February 2022`; `1988-07` → `July 1988`; `1988` → `1988`. In Persian
 * (`lang` `fa`), the Gregorian date in Persian words and digits: `۱۴ فوریهٔ ۲۰۲۲`.
 */
export function formatDate(iso: string, lang = 'en'): string {
	const [year, month, day] = iso.split('-').map(Number);
	const persian = lang.split('-')[0] === 'fa';
	if (year === undefined || Number.isNaN(year)) return iso;
	if (month === undefined) return persian ? persianYear.format(year) : String(year);
	if (day === undefined) return (persian ? persianGregorianMonth : monthFormat).format(Date.UTC(year, month - 1, 1));
	return (persian ? persianGregorianDay : dayFormat).format(Date.UTC(year, month - 1, day));
}

/** The month and year of a full date: `February 2022`, or in Persian the Jalali month, `بهمن ۱۴۰۰`, which the day makes exact. */
export function formatMonth(iso: string, lang = 'en'): string {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	const persian = lang.split('-')[0] === 'fa';
	const parts = new Intl.DateTimeFormat(persian ? 'fa-IR-u-ca-persian' : 'en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(
		Date.UTC(year, month - 1, day),
	);
	// Month first in both, as Persian writes it (ICU's Persian pattern puts the year first).
	const part = (type: string) => parts.find((found) => found.type === type)?.value ?? '';
	return `${part('month')} ${part('year')}`;
}

const jalaliFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A full date in the Persian (Jalali, Solar Hijri) calendar: `2022-02-14` → `25 Bahman 1400 AP`,
 * or `۲۵ بهمن ۱۴۰۰` on a Persian page. None for a month or a year alone: a Jalali month straddles
 * two Gregorian ones, so it could not be given exactly.
 */
export function formatJalaliDate(iso: string, lang = 'en'): string | undefined {
	const [year, month, day] = iso.split('-').map(Number);
	if (year === undefined || month === undefined || day === undefined || [year, month, day].some(Number.isNaN)) return undefined;
	const locale = lang.split('-')[0] === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB-u-ca-persian';
	let format = jalaliFormats.get(locale);
	if (!format) {
		format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
		jalaliFormats.set(locale, format);
	}
	return format.format(Date.UTC(year, month - 1, day));
}

/**
 * A date as a page in `lang` gives it first: in Persian, a full date in the Jalali calendar
 * (`۲۵ دی ۱۴۰۲`), a month or a year in the Gregorian; in English, the Gregorian.
 */
export function formatDateFirst(iso: string, lang = 'en'): string {
	return (lang.split('-')[0] === 'fa' && formatJalaliDate(iso, 'fa')) || formatDate(iso, lang);
}

/** Whether a piece's dates are also given in the Jalali calendar: pieces in Persian, or about Iran. */
export function wantsJalaliDates(piece: { lang: string; topics: readonly string[] }): boolean {
	return piece.lang.split('-')[0] === 'fa' || piece.topics.includes('iran');
}

/** Whole years between a date and `now`: 2022-02-14 to 2026-11-25 is 4. */
export function yearsSince(iso: string, now: Date): number {
	const [year = 0, month = 1, day = 1] = iso.split('-').map(Number);
	let years = now.getUTCFullYear() - year;
	if (now.getUTCMonth() + 1 < month || (now.getUTCMonth() + 1 === month && now.getUTCDate() < day)) years -= 1;
	return years;
}

/** The build's pinned clock, `SOURCE_DATE_EPOCH` in seconds, when one is set. */
export function sourceDateEpoch(env: Record<string, string | undefined> = process.env): number | null {
	const epoch = Number(env.SOURCE_DATE_EPOCH);
	return env.SOURCE_DATE_EPOCH && Number.isFinite(epoch) ? epoch : null;
}

/**
 * When this build is happening: `SOURCE_DATE_EPOCH` when set, so that two builds of the same
 * content give the same pages, else now.
 */
export function buildDate(env: Record<string, string | undefined> = process.env): Date {
	const epoch = sourceDateEpoch(env);
	return epoch === null ? new Date() : new Date(epoch * 1000);
}
