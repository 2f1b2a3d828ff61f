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
