// Parsing of typed numbers the way Danish and English users write them ("2,5", "1.500", "12 ha", "15.000 m²").

export type ParsedNumber =
  | { ok: true; value: number }
  | { ok: false; reason: 'empty' | 'not_a_number' };

export type NumberUnit = 'ha' | 'mdkk';

/** Unit words a user may type after the number, per unit; `factor` converts to the question's unit. */
const UNIT_SUFFIXES: Record<NumberUnit, { pattern: RegExp; factor: number }[]> = {
  ha: [
    { pattern: /(m2|m²|kvm|kvadratmeter)$/i, factor: 1 / 10000 },
    { pattern: /(hektar|ha)$/i, factor: 1 },
  ],
  mdkk: [
    { pattern: /(mia\.?|milliarder?)\s*(kr\.?|dkk)?$/i, factor: 1000 },
    { pattern: /(mio\.?|millioner?|mill\.?|m)\s*(kr\.?|dkk)?$/i, factor: 1 },
    { pattern: /(kr\.?|dkk)$/i, factor: 1 },
  ],
};

/**
 * Parse a typed number. A dot or comma followed by exactly three digits is a thousands separator
 * ("1.500" = 1500); otherwise the last dot or comma is the decimal mark ("2,5" = 2.5, "2.5" = 2.5).
 * @example parseNumberInput('12 ha', 'ha') // { ok: true, value: 12 }
 * @example parseNumberInput('15.000 m²', 'ha') // { ok: true, value: 1.5 }
 */
export function parseNumberInput(text: string, unit: NumberUnit): ParsedNumber {
  let s = text.normalize('NFKC').trim().replace(/\u00a0|\u202f/g, ' ');
  if (s === '') return { ok: false, reason: 'empty' };
  let factor = 1;
  for (const suffix of UNIT_SUFFIXES[unit]) {
    if (suffix.pattern.test(s)) {
      s = s.replace(suffix.pattern, '').trim();
      factor = suffix.factor;
      break;
    }
  }
  s = s.replace(/\s+/g, '');
  if (!/^\d[\d.,]*$/.test(s) && !/^[.,]\d+$/.test(s)) return { ok: false, reason: 'not_a_number' };
  const normalised = normaliseSeparators(s);
  if (normalised === null) return { ok: false, reason: 'not_a_number' };
  const value = Number(normalised) * factor;
  if (!Number.isFinite(value)) return { ok: false, reason: 'not_a_number' };
  // Avoid float noise from unit conversion (15000 m² → 1.5 ha, not 1.5000000000000002).
  return { ok: true, value: Math.round(value * 1e6) / 1e6 };
}

function normaliseSeparators(s: string): string | null {
  const marks = [...s.matchAll(/[.,]/g)].map((m) => m.index ?? 0);
  if (marks.length === 0) return s;
  const groups = s.split(/[.,]/);
  const lastMark = marks[marks.length - 1] as number;
  const lastChar = s[lastMark];
  const mixed = s.includes('.') && s.includes(',');
  if (mixed) {
    // "1.500,5" or "1,500.5": the last mark is the decimal mark, the other kind are thousands separators.
    const thousands = lastChar === ',' ? '.' : ',';
    const intPart = s.slice(0, lastMark);
    if (intPart.includes(lastChar as string)) return null;
    if (!validThousands(intPart.split(thousands))) return null;
    return intPart.split(thousands).join('') + '.' + s.slice(lastMark + 1);
  }
  // One kind of mark only.
  const rest = groups.slice(1);
  if (rest.every((g) => g.length === 3) && (groups[0] ?? '').length > 0 && (groups[0] ?? '').length <= 3) {
    return groups.join('');
  }
  if (marks.length === 1) return s.replace(/[.,]/, '.');
  return null;
}

function validThousands(groups: string[]): boolean {
  const [first, ...rest] = groups;
  if (!first || first.length > 3) return groups.length === 1;
  return rest.every((g) => g.length === 3);
}

/** Format a number for display in the user's language (used for the typed value shown back to them). */
export function formatNumberForInput(value: number, lang: 'da' | 'en'): string {
  return new Intl.NumberFormat(lang === 'da' ? 'da-DK' : 'en-GB', {
    maximumFractionDigits: 6,
    useGrouping: false,
  }).format(value);
}
