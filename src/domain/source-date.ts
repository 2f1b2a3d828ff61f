// A source's date (`Source.asOf`): a day (YYYY-MM-DD), or a month (YYYY-MM) or a year (YYYY) when the source shows
// no more than that. A day is never guessed; where dates are compared, a month or year counts from its first day.
import type { IsoDate } from './types';

export const MONTH_ONLY = /^(\d{4})-(\d{2})$/;
export const YEAR_ONLY = /^\d{4}$/;

/**
 * The first day a source's date can mean: the day itself, the month's first day, or the year's.
 * @example firstDayOf('2018-11') // '2018-11-01'
 */
export function firstDayOf(asOf: IsoDate): IsoDate {
	if (YEAR_ONLY.test(asOf)) return `${asOf}-01-01`;
	if (MONTH_ONLY.test(asOf)) return `${asOf}-01`;
	return asOf;
}
