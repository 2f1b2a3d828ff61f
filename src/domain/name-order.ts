// The alphabetical order of names in Danish and English without Intl.Collator (see locale-format.ts for why):
// a separate module so the first page load, which formats numbers and dates, does not carry it.
import type { FormatLang } from './locale-format';

/**
 * A key that puts names in the order Intl.Collator('da-DK' | 'en-GB') gives them when compared with `<`.
 * Danish puts æ, ø and å after z and reads "aa" as å (Aabenraa after Ærø); English reads æ as "ae" and ø, å as
 * o and a. Letters and digits only, plus the hyphen and space found in Danish place names; the comparison is on
 * letters first, with case and accents only breaking ties.
 */
export function nameSortKey(name: string, lang: FormatLang): string {
	const base = name.toLowerCase();
	const primary =
		lang === 'da'
			? base.replace(/aa/g, 'å').replace(/[æäøöå]/g, (c) => DANISH_LAST[c] ?? c)
			: base.replace(/æ/g, 'ae').replace(/[øö]/g, 'o').replace(/[åä]/g, 'a');
	// A space, then a hyphen, sort before every letter (CLDR's default order does not ignore them). The name itself
	// breaks the remaining ties (case, accents) so the order is total; Intl breaks those few differently.
	return `${primary.replace(/\s/g, '\u0001').replace(/-/g, '\u0002')}\u0000${name}`;
}

/** æ (and ä), ø (and ö), å after z, in that order. */
const DANISH_LAST: Record<string, string> = { æ: '{', ä: '{', ø: '|', ö: '|', å: '}' };

/** Sort names (or records by their name) in the language's alphabetical order. */
export function sortByName<T>(
	items: readonly T[],
	name: (item: T) => string,
	lang: FormatLang
): T[] {
	return items
		.map((item) => ({ item, key: nameSortKey(name(item), lang) }))
		.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
		.map(({ item }) => item);
}
