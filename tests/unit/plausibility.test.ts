import { describe, expect, it } from 'vitest';
import {
	LARGE_LAND_HA,
	otherGrouping,
	probablyMeant,
	toConfirm
} from '../../src/domain/plausibility';
import { LARGE_INVESTMENT_MDKK } from '../../src/domain/parse-number';

describe('probablyMeant: a number too large to be meant, typed in the smaller unit', () => {
	it('asks whether square metres were meant for a large number of hectares typed without a unit', () => {
		expect(probablyMeant('ha', '3.000', 'da')).toEqual({
			kind: 'smaller_unit',
			value: 0.3,
			typed: 3000
		});
		expect(probablyMeant('ha', '25000', 'da')).toEqual({
			kind: 'smaller_unit',
			value: 2.5,
			typed: 25000
		});
		expect(probablyMeant('ha', '15,000', 'en')).toEqual({
			kind: 'smaller_unit',
			value: 1.5,
			typed: 15000
		});
		expect(probablyMeant('ha', String(LARGE_LAND_HA), 'da')?.kind).toBe('smaller_unit');
	});

	it('asks whether kroner were meant for 10 mia. kr. or more typed without "mio." or "mia."', () => {
		expect(probablyMeant('mdkk', '500.000', 'da')).toEqual({
			kind: 'smaller_unit',
			value: 0.5,
			typed: 500000
		});
		expect(probablyMeant('mdkk', String(LARGE_INVESTMENT_MDKK), 'da')?.kind).toBe('smaller_unit');
	});

	it('does not ask about a large amount written with "kr.": it is read as kroner (review 20, F6)', () => {
		expect(probablyMeant('mdkk', '25.000.000 kr.', 'da')).toBeUndefined();
		expect(probablyMeant('mdkk', '750000 DKK', 'en')).toBeUndefined();
		// Below the limit "kr." is read in the question's millions, as before, and not asked about.
		expect(probablyMeant('mdkk', '150 kr.', 'da')).toBeUndefined();
	});

	it('leaves alone a plausible number, a written unit and text that is not a number', () => {
		for (const [unit, text] of [
			['ha', '999'],
			['ha', '40'],
			['ha', '3.000 m²'],
			['ha', '3.000 m2'],
			['ha', '3000 ha'],
			['ha', '3.000 kvm'],
			['ha', ''],
			['ha', 'abc'],
			['mdkk', '9999'],
			['mdkk', '350'],
			['mdkk', '500.000 mio. kr.'],
			['mdkk', '500.000 mia. kr.'],
			['mdkk', '0,5']
		] as const)
			expect(probablyMeant(unit, text, 'da'), `${unit} ${text}`).toBeUndefined();
	});
});

describe('probablyMeant: the decimal mark meant as a thousands mark', () => {
	it('offers the thousands reading, once, in the smaller unit when that reading is too large itself', () => {
		expect(probablyMeant('mdkk', '1,500', 'da')).toEqual({
			kind: 'grouping',
			read: 1.5,
			other: 1500,
			value: 1500,
			smallerUnit: false
		});
		// 2.500 ha is more than any park: 2.500 m² is offered.
		expect(probablyMeant('ha', '2,500', 'da')).toEqual({
			kind: 'grouping',
			read: 2.5,
			other: 2500,
			value: 0.25,
			smallerUnit: true
		});
		// English: "500.000 kr." is 500 mio. kr. as read; 500,000 kroner is 0.5 mio.
		expect(probablyMeant('mdkk', '500.000 kr.', 'en')).toEqual({
			kind: 'grouping',
			read: 500,
			other: 500000,
			value: 0.5,
			smallerUnit: true
		});
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

describe('toConfirm: the number a page stops on once', () => {
	it('is a doubted number until the user has gone on with that value, however it is written', () => {
		expect(toConfirm('mdkk', '500.000', 'da')).toBe(500000);
		expect(toConfirm('mdkk', '500.000', 'da', 500000)).toBeUndefined();
		expect(toConfirm('mdkk', '500000', 'en', 500000)).toBeUndefined(); // written anew after a switch
		expect(toConfirm('mdkk', '500.000', 'da', 50)).toBe(500000); // typed over a saved answer
		expect(toConfirm('ha', '1,500', 'da')).toBe(1.5);
	});

	it('is nothing for a plausible number or text that is no number', () => {
		expect(toConfirm('mdkk', '25', 'da')).toBeUndefined();
		expect(toConfirm('ha', 'masser', 'da')).toBeUndefined();
	});
});
