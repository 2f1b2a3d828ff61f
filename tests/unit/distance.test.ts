import { describe, expect, it } from 'vitest';
import {
	EARTH_RADIUS_KM,
	InvalidPointError,
	distanceKm,
	distancesFrom,
	haversineKm,
	isValidPoint,
	roundKm
} from '../../src/domain/distance';

// City-centre points (København Rådhuspladsen area, Aarhus centre), WGS84.
const koebenhavn = { lat: 55.6761, lng: 12.5683 };
const aarhus = { lat: 56.1629, lng: 10.2039 };

/** Spherical law of cosines: an independent formula for the same great-circle distance. */
function lawOfCosinesKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
	const r = (d: number) => (d * Math.PI) / 180;
	const c =
		Math.sin(r(a.lat)) * Math.sin(r(b.lat)) +
		Math.cos(r(a.lat)) * Math.cos(r(b.lat)) * Math.cos(r(b.lng - a.lng));
	return EARTH_RADIUS_KM * Math.acos(Math.min(1, c));
}

describe('haversineKm', () => {
	it('gives København–Aarhus ≈ 157 km in a straight line', () => {
		expect(haversineKm(koebenhavn, aarhus)).toBeCloseTo(156.94, 1);
		expect(distanceKm(koebenhavn, aarhus)).toBe(157);
	});

	it('agrees with the spherical law of cosines', () => {
		expect(haversineKm(koebenhavn, aarhus)).toBeCloseTo(lawOfCosinesKm(koebenhavn, aarhus), 6);
		const skagen = { lat: 57.7209, lng: 10.5839 };
		const gedser = { lat: 54.5745, lng: 11.9265 };
		expect(haversineKm(skagen, gedser)).toBeCloseTo(lawOfCosinesKm(skagen, gedser), 6);
	});

	it('gives one degree of latitude as 2πR/360 km', () => {
		expect(haversineKm({ lat: 55, lng: 10 }, { lat: 56, lng: 10 })).toBeCloseTo(
			(2 * Math.PI * EARTH_RADIUS_KM) / 360,
			9
		);
	});

	it('is symmetric', () => {
		expect(haversineKm(aarhus, koebenhavn)).toBe(haversineKm(koebenhavn, aarhus));
	});

	it('gives 0 for the same point', () => {
		expect(haversineKm(aarhus, aarhus)).toBe(0);
		expect(distanceKm(aarhus, { ...aarhus })).toBe(0);
	});

	it('rejects invalid coordinates', () => {
		for (const bad of [
			{ lat: Number.NaN, lng: 10 },
			{ lat: 55, lng: Number.POSITIVE_INFINITY },
			{ lat: 91, lng: 10 },
			{ lat: 55, lng: -180.5 }
		]) {
			expect(isValidPoint(bad)).toBe(false);
			expect(() => haversineKm(bad, aarhus)).toThrow(InvalidPointError);
			expect(() => haversineKm(aarhus, bad)).toThrow(InvalidPointError);
		}
		expect(() => haversineKm(null as unknown as { lat: number; lng: number }, aarhus)).toThrow(
			InvalidPointError
		);
	});
});

describe('roundKm', () => {
	it('rounds to whole km from 10 km and to one decimal below', () => {
		expect(roundKm(156.5)).toBe(157);
		expect(roundKm(10)).toBe(10);
		expect(roundKm(9.96)).toBe(10);
		expect(roundKm(4.26)).toBe(4.3);
		expect(roundKm(0.04)).toBe(0);
	});
});

describe('distancesFrom', () => {
	const sites = [
		{ id: 'esbjerg', lat: 55.45, lng: 8.475 },
		{ id: 'aalborg', lat: 57.052, lng: 10.055 },
		{ id: 'naestved', lat: 55.139, lng: 11.978 }
	];

	it('sorts nearest first by default', () => {
		// Straight lines from København: Næstved ≈ 70 km, Aalborg ≈ 218 km, Esbjerg ≈ 259 km.
		expect(distancesFrom(koebenhavn, sites)).toEqual([
			{ id: 'naestved', km: 70 },
			{ id: 'aalborg', km: 218 },
			{ id: 'esbjerg', km: 259 }
		]);
	});

	it('sorts by id when asked', () => {
		expect(distancesFrom(koebenhavn, sites, 'id').map((d) => d.id)).toEqual([
			'aalborg',
			'esbjerg',
			'naestved'
		]);
	});

	it('breaks ties by id and gives 0 for a site at the origin', () => {
		const twins = [
			{ id: 'b', ...aarhus },
			{ id: 'a', ...aarhus }
		];
		expect(distancesFrom(aarhus, twins)).toEqual([
			{ id: 'a', km: 0 },
			{ id: 'b', km: 0 }
		]);
	});

	it('rejects an invalid origin or site', () => {
		expect(() => distancesFrom({ lat: 100, lng: 0 }, sites)).toThrow(InvalidPointError);
		expect(() => distancesFrom(aarhus, [{ id: 'x', lat: 55, lng: Number.NaN }])).toThrow(
			InvalidPointError
		);
	});

	it('returns an empty list for no sites', () => {
		expect(distancesFrom(aarhus, [])).toEqual([]);
	});
});
