// The hand-written formats must say exactly what Intl says (Node has full ICU): property tests against Intl.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import municipalityFile from '../../src/data/content/municipalities.json';
import da from '../../src/i18n/da.json';
import en from '../../src/i18n/en.json';
import { formatDate, formatNumber, type FormatLang } from '../../src/domain/locale-format';
import { nameSortKey, sortByName } from '../../src/domain/name-order';

const LOCALE: Record<FormatLang, string> = { da: 'da-DK', en: 'en-GB' };
const langs: FormatLang[] = ['da', 'en'];
/** The month names the app gets from its translations. */
const MONTHS: Record<FormatLang, string[]> = {
	da: da.date.months.split(' '),
	en: en.date.months.split(' ')
};

describe('formatNumber', () => {
	it.each<[number, FormatLang, number, boolean, string]>([
		[12345.67, 'da', 1, true, '12.345,7'],
		[12345.67, 'en', 2, true, '12,345.67'],
		[1234, 'da', 1, true, '1.234'],
		[999.95, 'da', 1, true, '1.000'],
		[0.25, 'en', 1, true, '0.3'], // exactly representable: half away from zero
		[-0.25, 'en', 1, true, '-0.3'],
		[1.005, 'en', 2, true, '1.01'], // Intl rounds the shortest decimal (1.005), not the binary 1.00499…
		[1e-7, 'da', 6, true, '0'],
		[9.5e-7, 'da', 6, true, '0,000001'],
		[1500000.5, 'da', 6, false, '1500000,5'],
		[0, 'da', 1, true, '0'],
		[-0, 'da', 1, true, '-0'],
		[1e22, 'en', 1, true, '10,000,000,000,000,000,000,000']
	])('%d in %s with %d decimals (grouping %s) is %s', (value, lang, digits, grouping, expected) => {
		expect(formatNumber(value, lang, digits, grouping)).toBe(expected);
		expect(
			new Intl.NumberFormat(LOCALE[lang], {
				maximumFractionDigits: digits,
				useGrouping: grouping
			}).format(value)
		).toBe(expected);
	});

	it('writes what is not a finite number as JavaScript does (the guide never shows one)', () => {
		expect(formatNumber(NaN, 'da')).toBe('NaN');
		expect(formatNumber(-Infinity, 'en')).toBe('-Infinity');
	});

	it('matches Intl.NumberFormat for any finite number, both languages, 0–6 decimals, with and without grouping', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.double({ noNaN: true, noDefaultInfinity: true }),
					fc.double({ min: -1e7, max: 1e7, noNaN: true }),
					fc.integer().map((n) => n / 100)
				),
				fc.constantFrom(...langs),
				fc.integer({ min: 0, max: 6 }),
				fc.boolean(),
				(value, lang, digits, grouping) => {
					const intl = new Intl.NumberFormat(LOCALE[lang], {
						maximumFractionDigits: digits,
						useGrouping: grouping
					});
					expect(formatNumber(value, lang, digits, grouping)).toBe(intl.format(value));
				}
			),
			{ numRuns: 3000 }
		);
	});
});

describe('formatDate', () => {
	it('writes the long date', () => {
		expect(formatDate('2026-11-29', 'da', MONTHS.da)).toBe('29. november 2026');
		expect(formatDate('2026-05-01', 'en', MONTHS.en)).toBe('1 May 2026');
	});

	it('writes a month alone as month and year (a source dated only to the month)', () => {
		expect(formatDate('2018-11', 'da', MONTHS.da)).toBe('november 2018');
		expect(formatDate('2019-02', 'en', MONTHS.en)).toBe('February 2019');
		expect(formatDate('2019-13', 'en', MONTHS.en)).toBeNull();
		expect(formatDate('2017', 'da', MONTHS.da)).toBe('2017');
	});

	it('is null for what is not a date', () => {
		expect(formatDate('29/11/2026', 'da', MONTHS.da)).toBeNull();
		expect(formatDate('', 'en', MONTHS.en)).toBeNull();
		expect(formatDate('2026-13-01', 'da', MONTHS.da)).toBeNull();
	});

	it('matches Intl.DateTimeFormat (dateStyle long) for every day from 1990 to 2100', () => {
		fc.assert(
			fc.property(
				fc.date({
					min: new Date('1990-01-01T00:00:00Z'),
					max: new Date('2100-12-31T00:00:00Z'),
					noInvalidDate: true
				}),
				fc.constantFrom(...langs),
				(date, lang) => {
					const iso = date.toISOString().slice(0, 10);
					const intl = new Intl.DateTimeFormat(LOCALE[lang], {
						dateStyle: 'long',
						timeZone: 'UTC'
					});
					expect(formatDate(iso, lang, MONTHS[lang])).toBe(
						intl.format(new Date(`${iso}T12:00:00Z`))
					);
				}
			),
			{ numRuns: 2000 }
		);
	});
});

describe('nameSortKey and sortByName', () => {
	const names = municipalityFile.municipalities.map((m) => m.name.da);

	it.each(langs)('put the 98 municipalities in the order Intl.Collator gives (%s)', (lang) => {
		const intl = [...names].sort(new Intl.Collator(LOCALE[lang]).compare);
		expect(sortByName(names, (n) => n, lang)).toEqual(intl);
	});

	it('reads "aa" as å in Danish only', () => {
		expect(sortByName(['Aarhus', 'Ærø', 'Albertslund'], (n) => n, 'da')).toEqual([
			'Albertslund',
			'Ærø',
			'Aarhus'
		]);
		expect(sortByName(['Aarhus', 'Ærø', 'Albertslund'], (n) => n, 'en')).toEqual([
			'Aarhus',
			'Ærø',
			'Albertslund'
		]);
	});

	it('matches Intl.Collator on made-up place names of Danish letters, hyphens and spaces', () => {
		const letter = fc.constantFrom(...'abdeghiklmnorstuvyæøå'.split(''), 'aa');
		const word = fc.array(letter, { minLength: 1, maxLength: 6 }).map((l) => l.join(''));
		const name = fc
			.tuple(
				word,
				fc.option(fc.tuple(fc.constantFrom('-', ' '), word), { nil: undefined }),
				fc.boolean()
			)
			.map(([a, rest, capital]) => {
				const n = rest ? a + rest[0] + rest[1] : a;
				return capital ? n[0]!.toUpperCase() + n.slice(1) : n;
			})
			// ICU also reads "a" + "å" as "å" + a ring (its "aa" rule meets å's decomposition); no place name has "aå".
			.filter((n) => !/aå/i.test(n));
		fc.assert(
			fc.property(
				fc.uniqueArray(name, { minLength: 2, maxLength: 8 }),
				fc.constantFrom(...langs),
				(list, lang) => {
					// The order of letters is Intl's; ties in case and accents alone ("Aa", "aa", "å") are broken differently.
					const letters = new Intl.Collator(LOCALE[lang], { sensitivity: 'base' });
					const ours = sortByName(list, (n) => n, lang);
					for (let i = 1; i < ours.length; i++)
						expect(letters.compare(ours[i - 1]!, ours[i]!)).toBeLessThanOrEqual(0);
					expect(nameSortKey(list[0]!, lang)).toContain(list[0]);
				}
			),
			{ numRuns: 2000 }
		);
	});
});
