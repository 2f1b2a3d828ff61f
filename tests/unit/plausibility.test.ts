import { describe, expect, it } from 'vitest';
import { LARGE_LAND_HA, squareMetresAsHectares } from '../../src/domain/plausibility';

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
