import { z } from 'astro/zod';

/**
 * Astro reads frontmatter with js-yaml, which turns an unquoted `2022-02-14` into a Date and
 * silently rolls an impossible `2026-02-30` over to 2 March. Our own content check reads YAML
 * without timestamp conversion, so there the string reaches the ISO parser and is refused.
 * Here a Date that did get through is turned back into its UTC calendar day, so both paths
 * produce the same plain `YYYY-MM-DD` string: a day, with no time zone to shift it.
 */
function dateToIsoDay(value: unknown): unknown {
	if (value instanceof Date && !Number.isNaN(value.getTime())) {
		return value.toISOString().slice(0, 10);
	}
	return value;
}

/**
 * Text that js-yaml read as a date (`title: 2022-02-14`) goes back to the text written, so that
 * Astro and the content check, which reads no dates, agree on it.
 */
export function yamlDateAsText(value: unknown): unknown {
	return dateToIsoDay(value);
}

/** As dateToIsoDay, and a bare year (`date: 1988`, which YAML reads as a number) becomes `"1988"`. */
function toEventDate(value: unknown): unknown {
	if (typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999) return String(value);
	return dateToIsoDay(value);
}

/** A calendar day written `YYYY-MM-DD`; impossible days such as 2026-02-30 are refused. */
export const IsoDaySchema = z.preprocess(dateToIsoDay, z.iso.date({ error: 'expected a real calendar date written YYYY-MM-DD (for example 2022-02-14)' }));

const YEAR_OR_MONTH = /^\d{4}(-(0[1-9]|1[0-2]))?$/;

/**
 * The date of an event a claim is about. History is often known only to the month or the year,
 * so `1988` and `1988-07` are accepted beside a full day; nothing more precise is invented.
 */
export const EventDateSchema = z.preprocess(
	toEventDate,
	z.union([z.iso.date(), z.string().regex(YEAR_OR_MONTH)], {
		error: 'expected a date written YYYY-MM-DD, YYYY-MM or YYYY',
	}),
);

/** One event date, or a span `{ from, to }` whose end is not before its start. */
export const EventDateOrSpanSchema = z.union(
	[
		EventDateSchema,
		z
			.strictObject({ from: EventDateSchema, to: EventDateSchema })
			.refine((span) => span.from <= span.to, { error: 'the span ends before it starts', path: ['to'] }),
	],
	{
		// A day written rightly that does not exist (2026-11-31) gets said so, not the list of forms.
		error: (issue) =>
			typeof issue.input === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(issue.input)
				? `${issue.input} is not a real calendar date`
				: 'expected a date (YYYY-MM-DD, YYYY-MM or YYYY) or a span { from: …, to: … }',
	},
);

export type IsoDay = z.output<typeof IsoDaySchema>;
export type EventDateOrSpan = z.output<typeof EventDateOrSpanSchema>;
