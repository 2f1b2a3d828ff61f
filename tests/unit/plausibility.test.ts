import { describe, expect, it } from 'vitest';
import {
	LARGE_INVESTMENT_MDKK,
	LARGE_LAND_HA,
	kronerAsMillions,
	otherGrouping,
	squareMetresAsHectares,
	unitSlip
} from '../../src/domain/plausibility';

/** Whether the guide asks if typed land means square metres. */
const mayMeanSquareMetres = (text: string, lang: 'da' | 'en') =>
	squareMetresAsHectares(text, lang) !== undefined;

describe('mayMeanSquareMetres', () => {
	it('asks about a large number of hectares typed without a unit', () => {
		expect(mayMeanSquareMetres('3.000', 'da')).toBe(true);
		expect(mayMeanSquareMetres('30000', 'da')).toBe(true);
		expect(mayMeanSquareMetres('3,000', 'en')).toBe(true);
		expect(mayMeanSquareMetres(String(LARGE_LAND_HA), 'da')).toBe(true);
	});

	it('leaves alone an ordinary area, a written unit, and text that is not a number', () => {
		expect(mayMeanSquareMetres('999', 'da')).toBe(false);
		expect(mayMeanSquareMetres('40', 'da')).toBe(false);
		expect(mayMeanSquareMetres('3.000 m²', 'da')).toBe(false);
		expect(mayMeanSquareMetres('3.000 m2', 'da')).toBe(false);
		expect(mayMeanSquareMetres('3000 ha', 'da')).toBe(false);
		expect(mayMeanSquareMetres('3.000 kvm', 'da')).toBe(false);
		expect(mayMeanSquareMetres('', 'da')).toBe(false);
		expect(mayMeanSquareMetres('abc', 'da')).toBe(false);
	});
});

describe('squareMetresAsHectares', () => {
	it('gives the hectares that the typed square metres make, for the offer to convert', () => {
		expect(squareMetresAsHectares('3.000', 'da')).toBe(0.3);
		expect(squareMetresAsHectares('25000', 'da')).toBe(2.5);
		expect(squareMetresAsHectares('15,000', 'en')).toBe(1.5);
	});

	it('offers nothing for an ordinary area, a written unit or text that is not a number', () => {
		expect(squareMetresAsHectares('40', 'da')).toBeUndefined();
		expect(squareMetresAsHectares('3.000 m²', 'da')).toBeUndefined();
		expect(squareMetresAsHectares('abc', 'da')).toBeUndefined();
	});
});

describe('kronerAsMillions', () => {
	it('gives the million kroner that typed kroner make, from 10 mia. kr. typed without a unit', () => {
		expect(kronerAsMillions('500.000', 'da')).toBe(0.5);
		expect(kronerAsMillions('2.500.000', 'da')).toBe(2.5);
		expect(kronerAsMillions('750,000', 'en')).toBe(0.75);
		expect(kronerAsMillions(String(LARGE_INVESTMENT_MDKK), 'da')).toBe(0.01);
		// "kr." alone does not say millions.
		expect(kronerAsMillions('500.000 kr.', 'da')).toBe(0.5);
		expect(kronerAsMillions('500000 DKK', 'en')).toBe(0.5);
		expect(kronerAsMillions('500.000 mia. kr.', 'da')).toBeUndefined();
	});

	it('offers nothing for an ordinary amount, a written unit or text that is not a number', () => {
		expect(kronerAsMillions('9999', 'da')).toBeUndefined();
		expect(kronerAsMillions('350', 'da')).toBeUndefined();
		expect(kronerAsMillions('500.000 mio. kr.', 'da')).toBeUndefined();
		expect(kronerAsMillions('abc', 'da')).toBeUndefined();
	});

	it('is the slip asked about for an investment; square metres for land', () => {
		expect(unitSlip('mdkk', '500.000', 'da')).toBe(0.5);
		expect(unitSlip('ha', '3.000', 'da')).toBe(0.3);
		expect(unitSlip('ha', '500', 'da')).toBeUndefined();
	});
});

describe('otherGrouping', () => {
	it('offers the thousands reading of a decimal mark before exactly three digits', () => {
		expect(otherGrouping('1,000', 'da')).toBe(1000);
		expect(otherGrouping(' 2,500 ', 'da')).toBe(2500);
		expect(otherGrouping('1.000', 'en')).toBe(1000);
	});

	it("leaves alone the language's own grouping, other decimals, a leading zero and text", () => {
		expect(otherGrouping('1.000', 'da')).toBeUndefined();
		expect(otherGrouping('1,000', 'en')).toBeUndefined();
		expect(otherGrouping('2,5', 'da')).toBeUndefined();
		expect(otherGrouping('2,50', 'da')).toBeUndefined();
		expect(otherGrouping('0,500', 'da')).toBeUndefined();
		expect(otherGrouping('1,000 ha', 'da')).toBeUndefined();
		expect(otherGrouping('1,000,000', 'da')).toBeUndefined();
	});
});
