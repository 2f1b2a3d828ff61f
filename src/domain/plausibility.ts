// Answers that are valid but probably not meant: asked about, never refused. Pure; loaded with the question pages,
// not in the first page load.
import {
	LARGE_INVESTMENT_MDKK,
	parseNumberInput,
	type NumberLang,
	type NumberUnit
} from './parse-number';

/**
 * More hectares than this, typed without a unit, is more likely square metres ("3.000" for a 3,000 m² plot): the
 * largest area of new plots in any of the 11 parks is about 700 ha.
 */
export const LARGE_LAND_HA = 1000;

/**
 * The value in the question's unit that a number too large to be meant makes in the smaller unit (square metres as
 * hectares, kroner as millions), or undefined for a plausible number.
 */
function inSmallerUnit(unit: NumberUnit, value: number): number | undefined {
	if (unit === 'ha') return value >= LARGE_LAND_HA ? value / 10_000 : undefined;
	return value >= LARGE_INVESTMENT_MDKK ? value / 1_000_000 : undefined;
}

/** A typed amount without a trailing "kr." or "DKK" ("kr." alone says nothing about millions; "mio." does). */
export function withoutKroner(text: string): string {
	return text.trim().replace(/\s*(kr\.?|dkk)$/i, '');
}

/** The number as typed without a unit word that does not change its value; undefined when a unit word is there. */
function bareNumber(unit: NumberUnit, text: string): string | undefined {
	const bare = unit === 'mdkk' ? withoutKroner(text) : text.trim();
	return /\p{L}|²/u.test(bare) ? undefined : bare; // a unit was written ("m²", "mio.", "mia.", "ha")
}

/**
 * "1,000" is 1 in Danish (the comma is the decimal mark) but may be meant as 1.000 written the English way; "1.000" in
 * English likewise. A number written as one to three digits, the language's decimal mark and exactly three digits: the
 * value it would have with the mark grouping thousands, or undefined.
 * @example otherGrouping('2,500', 'da') // 2500 (read as 2.5)
 * @example otherGrouping('2,5', 'da') // undefined
 */
export function otherGrouping(text: string, lang: NumberLang): number | undefined {
	const decimalMark = lang === 'da' ? ',' : '.';
	const m = /^([1-9]\d{0,2})([.,])(\d{3})$/.exec(text.trim());
	return m && m[2] === decimalMark ? Number(m[1]! + m[3]!) : undefined;
}

/** What the guide asks about a typed number: the value the user probably meant, in the question's unit. */
export type ProbablyMeant =
	/** Too large: typed in the smaller unit ("3.000" ha as 3.000 m²; "500.000" mio. kr. as 500.000 kr.). */
	| { kind: 'smaller_unit'; value: number; typed: number }
	/**
	 * The decimal mark meant as a thousands mark ("2,500" read as 2.5): `other` is that number, `value` the one meant
	 * (`other`, or `other` in the smaller unit when it is too large itself: "2,500" ha as 2.500 m², 0.25 ha).
	 */
	| { kind: 'grouping'; read: number; other: number; value: number; smallerUnit: boolean };

/**
 * One question, not a chain: the value a typed number probably means, or undefined when it is plausible as read.
 * @example probablyMeant('ha', '3.000', 'da') // { kind: 'smaller_unit', value: 0.3, typed: 3000 }
 * @example probablyMeant('ha', '2,500', 'da') // { kind: 'grouping', read: 2.5, other: 2500, value: 0.25, smallerUnit: true }
 * @example probablyMeant('mdkk', '1,500', 'da') // { kind: 'grouping', read: 1.5, other: 1500, value: 1500, smallerUnit: false }
 */
export function probablyMeant(
	unit: NumberUnit,
	text: string,
	lang: NumberLang
): ProbablyMeant | undefined {
	const bare = bareNumber(unit, text);
	if (bare === undefined) return undefined;
	const other = otherGrouping(bare, lang);
	if (other !== undefined) {
		const smaller = inSmallerUnit(unit, other);
		return {
			kind: 'grouping',
			read: other / 1000,
			other,
			value: smaller ?? other,
			smallerUnit: smaller !== undefined
		};
	}
	// As read with its unit: "25.000.000 kr." is kroner already (parse-number.ts), "25.000.000" is asked about.
	const parsed = parseNumberInput(text, unit, lang);
	if (!parsed.ok) return undefined;
	const smaller = inSmallerUnit(unit, parsed.value);
	return smaller === undefined
		? undefined
		: { kind: 'smaller_unit', value: smaller, typed: parsed.value };
}

/**
 * The value of a typed number the page stops on once: one probablyMeant asks about, unless the user has already gone
 * on with that value (`confirmed`: the saved answer, or the value the page stopped on before). Undefined otherwise.
 * A value, not the text, so a language switch that writes "500.000" as "500000" does not ask again (code review 24).
 * @example toConfirm('mdkk', '500.000', 'da') // 500000
 * @example toConfirm('mdkk', '500.000', 'da', 500000) // undefined
 */
export function toConfirm(
	unit: NumberUnit,
	text: string,
	lang: NumberLang,
	confirmed?: number
): number | undefined {
	const typed = parseNumberInput(text, unit, lang);
	if (!typed.ok || typed.value === confirmed || !probablyMeant(unit, text, lang)) return undefined;
	return typed.value;
}
