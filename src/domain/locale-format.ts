// Numbers and dates in Danish and English, written out instead of using Intl.
//
// Why not Intl: on a phone the first Intl.DateTimeFormat, Intl.NumberFormat and Intl.Collator in a page each make
// the browser load ICU locale data. Measured in Chromium with 4× CPU slowdown, that is 50–150 ms each, and all of it
// fell inside the first paint (the footer's date) and the results page's first paint (distances, the municipality
// list). The guide speaks two languages and shows only plain numbers, long dates and the 98 municipality names,
// so the rules fit in a few lines. tests/unit/locale-format.test.ts holds every function here (and in name-order.ts) to Intl's own output.
import { MONTH_ONLY, YEAR_ONLY } from './source-date';

export type FormatLang = 'da' | 'en';

const MARKS: Record<FormatLang, { group: string; decimal: string }> = {
	da: { group: '.', decimal: ',' },
	en: { group: ',', decimal: '.' }
};

/**
 * A number as Intl.NumberFormat('da-DK' | 'en-GB', { maximumFractionDigits, useGrouping }) writes it: rounded half
 * away from zero, no trailing zeros, thousands grouped.
 * @example formatNumber(12345.67, 'da') === '12.345,7'; formatNumber(12345.67, 'en', 2) === '12,345.67'
 */
export function formatNumber(
	value: number,
	lang: FormatLang,
	maximumFractionDigits = 1,
	useGrouping = true
): string {
	if (!Number.isFinite(value)) return String(value); // never shown by the guide; "NaN", "Infinity" rather than a crash
	const sign = value < 0 || Object.is(value, -0) ? '-' : '';
	const size = Math.abs(value);
	// Intl rounds the shortest decimal that reads back as the same number (what String() prints), not the exact
	// binary value: 1.005 is "1.005" and rounds to 1.01. So the rounding is done on those decimal digits.
	const [whole, fraction] = roundDecimal(size, maximumFractionDigits);
	const digits = fraction.replace(/0+$/, '');
	const marks = MARKS[lang];
	const grouped = useGrouping ? whole.replace(/\B(?=(\d{3})+$)/g, marks.group) : whole;
	return sign + grouped + (digits ? marks.decimal + digits : '');
}

/** A finite number ≥ 0 rounded half up to `places` decimals, as its whole and fraction digits. */
function roundDecimal(size: number, places: number): [string, string] {
	const match = /^(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(size));
	if (!match) return [String(size), ''];
	let digits = match[1]! + (match[2] ?? '');
	let point = match[1]!.length + Number(match[3] ?? 0);
	if (point < 1) {
		digits = '0'.repeat(1 - point) + digits;
		point = 1;
	}
	if (digits.length < point + places) digits += '0'.repeat(point + places - digits.length);
	const roundUp = (digits[point + places] ?? '0') >= '5';
	const kept = (BigInt(digits.slice(0, point + places)) + (roundUp ? 1n : 0n))
		.toString()
		.padStart(places + 1, '0');
	return [kept.slice(0, kept.length - places), kept.slice(kept.length - places)];
}

/**
 * An ISO date (YYYY-MM-DD) written out as Intl's long date style does ("29. november 2026", "29 November 2026"),
 * or null when it is not a date. A month alone (YYYY-MM, a source dated only to the month) is written as the month
 * and year ("november 2018", "November 2018"), a year alone (YYYY) as the year. `months` are the language's twelve
 * month names (from the translations).
 */
export function formatDate(
	iso: string,
	lang: FormatLang,
	months: readonly string[]
): string | null {
	if (YEAR_ONLY.test(iso)) return iso;
	const monthOnly = MONTH_ONLY.exec(iso);
	if (monthOnly) {
		const month = months[Number(monthOnly[2]) - 1];
		return month ? `${month} ${monthOnly[1]}` : null;
	}
	const date = new Date(`${iso}T12:00:00Z`);
	if (Number.isNaN(date.getTime())) return null;
	const day = date.getUTCDate();
	const month = months[date.getUTCMonth()] ?? '';
	const year = date.getUTCFullYear();
	return lang === 'da' ? `${day}. ${month} ${year}` : `${day} ${month} ${year}`;
}
