import { describe, expect, it } from 'vitest';
import {
	formatNumberForInput,
	parseNumberInput,
	type NumberUnit
} from '../../src/domain/parse-number';

const ok = (value: number) => ({ ok: true, value });
const notANumber = { ok: false, reason: 'not_a_number' };

describe('parseNumberInput', () => {
	describe.each<[string, NumberUnit, number]>([
		['2,5', 'ha', 2.5],
		['2.5', 'ha', 2.5],
		['1.500', 'ha', 1500],
		['1,500', 'ha', 1.5], // Danish: the comma is the decimal mark
		['1.000.000', 'mdkk', 1000000],
		['1.500,5', 'ha', 1500.5],
		['1,500.5', 'ha', 1500.5],
		[' 40 ', 'ha', 40],
		['40', 'ha', 40],
		['0,5', 'ha', 0.5],
		[',5', 'ha', 0.5],
		['1234.5', 'ha', 1234.5],
		['1 500', 'ha', 1500],
		['1\u00a0500', 'ha', 1500],
		['12 ha', 'ha', 12],
		['12ha', 'ha', 12],
		['12 HA', 'ha', 12],
		['2,5 hektar', 'ha', 2.5],
		['15.000 m²', 'ha', 1.5],
		['15.000 m2', 'ha', 1.5],
		['12.500 kvm', 'ha', 1.25],
		['1.500 m²', 'ha', 0.15],
		['25', 'mdkk', 25],
		['1,5 mio. kr.', 'mdkk', 1.5],
		['25 mio', 'mdkk', 25],
		['3 millioner kr', 'mdkk', 3],
		['2 mia. kr.', 'mdkk', 2000],
		['1,5 mia', 'mdkk', 1500],
		['2 milliarder', 'mdkk', 2000],
		['150 kr.', 'mdkk', 150],
		// "kr." with an amount no project costs in millions: kroner (review 20, F6).
		['25.000.000 kr.', 'mdkk', 25],
		['750000 DKK', 'mdkk', 0.75],
		['10.000 kr.', 'mdkk', 0.01],
		['9.999 kr.', 'mdkk', 9999]
	])('"%s" (%s)', (text, unit, value) => {
		it(`is ${value}`, () => {
			expect(parseNumberInput(text, unit)).toEqual(ok(value));
		});
	});

	it.each(['', '   ', '\u00a0'])('calls %j empty', (text) => {
		expect(parseNumberInput(text, 'ha')).toEqual({ ok: false, reason: 'empty' });
	});

	describe.each<[string, NumberUnit]>([
		['abc', 'ha'],
		['1..2', 'ha'],
		['1,2,3', 'ha'],
		['1.234.56', 'ha'],
		['1.50,5', 'ha'],
		['1,5.000', 'ha'],
		['+3', 'ha'],
		['-', 'ha'],
		['--3', 'ha'],
		['1e3', 'ha'],
		['Infinity', 'ha'],
		['12 ha 3', 'ha'],
		['ha', 'ha'],
		['12 m', 'ha'],
		// A unit word of the other question is not accepted.
		['5 ha', 'mdkk'],
		['2 mio. kr.', 'ha'],
		['cirka 40', 'ha']
	])('"%s" (%s)', (text, unit) => {
		it('is not a number', () => {
			expect(parseNumberInput(text, unit)).toEqual(notANumber);
		});
	});

	it('reads a minus sign as a negative number (which validation calls too small, not "not a number")', () => {
		expect(parseNumberInput('-3', 'ha')).toEqual({ ok: true, value: -3 });
		expect(parseNumberInput('−2,5', 'ha')).toEqual({ ok: true, value: -2.5 });
		expect(parseNumberInput('-0', 'ha')).toEqual({ ok: true, value: 0 });
	});

	// Regression: the Danish singulars "milliard" and "million" were once rejected.
	it.each<[string, number]>([
		['1 milliard', 1000],
		['1 million kr.', 1]
	])('accepts the singular unit word in "%s"', (text, value) => {
		expect(parseNumberInput(text, 'mdkk')).toEqual(ok(value));
	});

	// Regression: a first group of "0" was once taken as a thousands group ("0,125" ha became 125 ha).
	it.each<[string, number]>([
		['0,125', 0.125],
		['0.500', 0.5]
	])('reads "%s" with a leading zero as a decimal number', (text, value) => {
		expect(parseNumberInput(text, 'ha')).toEqual(ok(value));
	});

	describe('in English', () => {
		it.each<[string, number]>([
			['1,500', 1500],
			['12,000,000', 12000000],
			['2.5', 2.5],
			['2.125', 2.125],
			['2,5', 2.5],
			['1,500.5', 1500.5]
		])('reads "%s" as %s', (text, value) => {
			expect(parseNumberInput(text, 'ha', 'en')).toEqual(ok(value));
		});

		it('reads "2.125" as 2125 in Danish but 2.125 in English', () => {
			expect(parseNumberInput('2.125', 'ha', 'da')).toEqual(ok(2125));
			expect(parseNumberInput('2.125', 'ha', 'en')).toEqual(ok(2.125));
		});
	});

	it('asks for kroner when an amount is written in euro, instead of misreading it (review 22, G8)', () => {
		for (const text of ['EUR 16 million', '16 mio. euro', '€16m', '16 mio. €', '16 EUR'])
			expect(parseNumberInput(text, 'mdkk', 'en'), text).toEqual({ ok: false, reason: 'euro' });
		expect(parseNumberInput('16 mio.', 'mdkk')).toEqual({ ok: true, value: 16 });
		// Hectares have no currency: a stray "eur" is not a number there.
		expect(parseNumberInput('16 eur', 'ha')).toEqual({ ok: false, reason: 'not_a_number' });
	});

	it('rounds away float noise from unit conversion', () => {
		const parsed = parseNumberInput('15.000 m²', 'ha');
		expect(parsed.ok && parsed.value).toBe(1.5);
		expect(parsed.ok && Object.is(parsed.value, 1.5000000000000002)).toBe(false);
	});

	it('accepts zero as a number (the range check is the validator’s job)', () => {
		expect(parseNumberInput('0', 'ha')).toEqual(ok(0));
	});
});

describe('formatNumberForInput', () => {
	it('uses a decimal comma in Danish and a decimal point in English', () => {
		expect(formatNumberForInput(2.5, 'da')).toBe('2,5');
		expect(formatNumberForInput(2.5, 'en')).toBe('2.5');
	});

	it('does not group thousands, so the text parses back to the same number', () => {
		expect(formatNumberForInput(1500, 'da')).toBe('1500');
		for (const value of [1500, 2.5, 40, 0.15, 1234.5]) {
			for (const lang of ['da', 'en'] as const) {
				expect(parseNumberInput(formatNumberForInput(value, lang), 'ha')).toEqual(ok(value));
			}
		}
	});
});
