// Parsing of typed numbers the way Danish and English users write them ("2,5", "1.500", "12 ha", "15.000 m²").
import { formatNumber } from './locale-format';

export type ParsedNumber =
	{ ok: true; value: number } | { ok: false; reason: 'empty' | 'not_a_number' | 'euro' };

export type NumberUnit = 'ha' | 'mdkk';

/** "kr." or "DKK" after a number, without "mio." or "mia." before it. */
const KRONER = /(kr\.?|dkk)$/i;

/** Unit words a user may type after the number, per unit; `factor` converts to the question's unit. */
const UNIT_SUFFIXES: Record<NumberUnit, { pattern: RegExp; factor: number }[]> = {
	ha: [
		{ pattern: /(m2|m²|kvm|kvadratmeter)$/i, factor: 1 / 10000 },
		{ pattern: /(hektar|ha)$/i, factor: 1 }
	],
	mdkk: [
		{ pattern: /(mia\.?|milliard(er)?|billion|bn)\s*(kr\.?|dkk)?$/i, factor: 1000 },
		{ pattern: /(mio\.?|million(er)?|mill\.?|m)\s*(kr\.?|dkk)?$/i, factor: 1 },
		{ pattern: KRONER, factor: 1 }
	]
};

export type NumberLang = 'da' | 'en';

/**
 * More million kroner than this (10 mia. kr.) is more likely kroner: no project in the guide costs that much. A number
 * with "kr." or "DKK" alone is read in the question's unit, million kroner, as its label says ("150 kr." = 150 mio.
 * kr.), unless it is this large: "25.000.000 kr." is 25 mio. kr. Typed without a unit, it is asked about
 * (plausibility.ts): read as millions, it would meet the One Stop Shop's 100 mio. kr. criterion by mistake.
 */
export const LARGE_INVESTMENT_MDKK = 10_000;

/**
 * Parse a typed number the way the user's language writes it. Danish: "," is the decimal mark and "." groups
 * thousands ("1.500" = 1500, "2,5" = 2.5); English the other way round. A lone mark that cannot be a thousands
 * separator is read as a decimal mark either way ("2.5" = 2.5 in Danish too). When both appear, the last one is
 * the decimal mark ("1.500,5" = 1500.5, "1,500.5" = 1500.5).
 * @example parseNumberInput('12 ha', 'ha') // { ok: true, value: 12 }
 * @example parseNumberInput('15.000 m²', 'ha') // { ok: true, value: 1.5 }
 * @example parseNumberInput('25.000.000 kr.', 'mdkk') // { ok: true, value: 25 }
 */
export function parseNumberInput(
	text: string,
	unit: NumberUnit,
	lang: NumberLang = 'da'
): ParsedNumber {
	let s = text
		.normalize('NFKC')
		.trim()
		.replace(/\u00a0|\u202f/g, ' ');
	if (s === '') return { ok: false, reason: 'empty' };
	// An amount in euro is not read as kroner, and not converted at a rate of the day: it is asked for in kroner
	// (review 22, G8: a foreign company's "EUR 16 million" met only "Enter the investment as a number").
	if (unit === 'mdkk' && /€|\beur(o|os)?\b/i.test(s)) return { ok: false, reason: 'euro' };
	let factor = 1;
	let kroner = false;
	for (const suffix of UNIT_SUFFIXES[unit]) {
		if (suffix.pattern.test(s)) {
			s = s.replace(suffix.pattern, '').trim();
			factor = suffix.factor;
			kroner = suffix.pattern === KRONER;
			break;
		}
	}
	s = s.replace(/\s+/g, '');
	// A minus sign makes a negative number, which validation then calls too small (not "not a number").
	const sign = /^[-\u2212]/.test(s) ? -1 : 1;
	if (sign < 0) s = s.slice(1);
	if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return { ok: false, reason: 'not_a_number' };
	const normalised = normaliseSeparators(s, lang === 'da' ? '.' : ',');
	if (normalised === null) return { ok: false, reason: 'not_a_number' };
	let value = sign * Number(normalised) * factor;
	if (kroner && Math.abs(value) >= LARGE_INVESTMENT_MDKK) value /= 1_000_000;
	if (!Number.isFinite(value)) return { ok: false, reason: 'not_a_number' };
	// Avoid float noise from unit conversion (15000 m² → 1.5 ha, not 1.5000000000000002).
	return { ok: true, value: Math.round(value * 1e6) / 1e6 || 0 };
}

function normaliseSeparators(s: string, thousandsMark: '.' | ','): string | null {
	const hasDot = s.includes('.');
	const hasComma = s.includes(',');
	if (!hasDot && !hasComma) return s;
	if (hasDot && hasComma) {
		// The last mark is the decimal mark; the other kind groups thousands.
		const lastMark = Math.max(s.lastIndexOf('.'), s.lastIndexOf(','));
		const decimalMark = s[lastMark] as '.' | ',';
		const intPart = s.slice(0, lastMark);
		if (intPart.includes(decimalMark)) return null;
		const groups = intPart.split(decimalMark === ',' ? '.' : ',');
		if (!isThousandsGrouping(groups)) return null;
		return groups.join('') + '.' + s.slice(lastMark + 1);
	}
	const mark = hasDot ? '.' : ',';
	const groups = s.split(mark);
	// The language's thousands mark with proper groups of three ("1.500", "12.000.000") groups thousands.
	if (mark === thousandsMark && groups.length >= 2 && isThousandsGrouping(groups))
		return groups.join('');
	// Otherwise one mark is a decimal mark ("2,5"; "2.5" typed by a Danish user; "0.500").
	if (groups.length === 2) return `${groups[0] || '0'}.${groups[1]}`;
	return null;
}

/** "1", "500", "000" style groups: a first group of 1–3 digits not starting with 0, then groups of exactly 3. */
function isThousandsGrouping(groups: string[]): boolean {
	const [first, ...rest] = groups;
	if (first === undefined || first.length === 0 || first.length > 3)
		return groups.length === 1 && !!first;
	if (rest.length > 0 && first.startsWith('0')) return false;
	return rest.every((g) => g.length === 3);
}

/** Format a number for display in the user's language (used for the typed value shown back to them). */
export function formatNumberForInput(value: number, lang: 'da' | 'en'): string {
	return formatNumber(value, lang, 6, false);
}
