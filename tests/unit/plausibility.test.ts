import { describe, expect, it } from 'vitest';
import { LARGE_LAND_HA, mayMeanSquareMetres } from '../../src/domain/plausibility';

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
