// Answers that are valid but probably not meant: asked about, never refused. Pure; loaded with the question pages,
// not in the first page load.
import { parseNumberInput, type NumberLang } from './parse-number';

/**
 * More hectares than this, typed without a unit, is more likely square metres ("3.000" for a 3,000 m² plot): the
 * largest area of new plots in any of the 11 parks is about 700 ha.
 */
export const LARGE_LAND_HA = 1000;

/**
 * The hectares that typed square metres make, for the offer to convert ("3.000" → 0.3): a number of at least
 * LARGE_LAND_HA typed with no unit; undefined otherwise. On a phone's number keypad "m²" cannot be typed: the guide
 * converts.
 * @example squareMetresAsHectares('3.000', 'da') // 0.3
 * @example squareMetresAsHectares('3.000 m²', 'da') // undefined
 */
export function squareMetresAsHectares(text: string, lang: NumberLang): number | undefined {
	if (/\p{L}|²/u.test(text)) return undefined; // a unit was written
	const parsed = parseNumberInput(text, 'ha', lang);
	return parsed.ok && parsed.value >= LARGE_LAND_HA ? parsed.value / 10_000 : undefined;
}

/**
 * More million kroner than this (10 mia. kr.), typed without a unit, is more likely kroner ("500.000" for a 500,000 kr.
 * investment): read as millions, it would meet the One Stop Shop's 100 mio. kr. criterion by mistake. Asked about,
 * never refused: a very large project may cost more.
 */
export const LARGE_INVESTMENT_MDKK = 10_000;

/**
 * The million kroner that typed kroner make, for the offer to convert ("500.000" → 0.5): a number of at least
 * LARGE_INVESTMENT_MDKK typed with no unit; undefined otherwise.
 * @example kronerAsMillions('500.000', 'da') // 0.5
 * @example kronerAsMillions('500.000 kr.', 'da') // 0.5
 * @example kronerAsMillions('500.000 mio. kr.', 'da') // undefined
 */
export function kronerAsMillions(text: string, lang: NumberLang): number | undefined {
	// "kr." alone says nothing about millions ("500.000 kr."); "mio." or "mia." does.
	const amount = withoutKroner(text);
	if (/\p{L}/u.test(amount)) return undefined;
	const parsed = parseNumberInput(amount, 'mdkk', lang);
	return parsed.ok && parsed.value >= LARGE_INVESTMENT_MDKK ? parsed.value / 1_000_000 : undefined;
}

/** The value in the question's unit that a probable slip of unit makes (square metres, kroner), or undefined. */
export function unitSlip(unit: 'ha' | 'mdkk', text: string, lang: NumberLang): number | undefined {
	return unit === 'ha' ? squareMetresAsHectares(text, lang) : kronerAsMillions(text, lang);
}

/** A typed amount without a trailing "kr." or "DKK" (for the question whether kroner were meant). */
export function withoutKroner(text: string): string {
	return text.trim().replace(/\s*(kr\.?|dkk)$/i, '');
}

/**
 * "1,000" is 1 in Danish (the comma is the decimal mark) but may be meant as 1.000 written the English way; "1.000" in
 * English likewise. A number written as one to three digits, the language's decimal mark and exactly three digits is
 * asked about: the value it would have with the mark grouping thousands, or undefined.
 * @example otherGrouping('2,500', 'da') // 2500 (read as 2.5)
 * @example otherGrouping('2,5', 'da') // undefined
 */
export function otherGrouping(text: string, lang: NumberLang): number | undefined {
	const decimalMark = lang === 'da' ? ',' : '.';
	const m = /^([1-9]\d{0,2})([.,])(\d{3})$/.exec(text.trim());
	return m && m[2] === decimalMark ? Number(m[1]! + m[3]!) : undefined;
}
