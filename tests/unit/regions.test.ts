import { describe, expect, it } from 'vitest';
import { inUse, isoDay, liesIn, offeredRegions, regionOn } from '../../src/domain/regions';
import { offeredOptions, optionIds } from '../../src/domain/validate';
import { questionById } from '../../src/domain/questions';
import { optionSource } from '../../src/data/options';
import { questionContent } from '../../src/data/question-content';
import { decodeLink } from '../../src/domain/url-codec';
import type { MultiQuestion } from '../../src/domain/questions';

const regions = questionContent.regions;
const BEFORE = '2026-12-31';
const AFTER = '2027-01-01';

describe('regions over time (Region Sjælland and Region Hovedstaden become Region Østdanmark, 2027)', () => {
	it('offers the five regions until 31 December 2026 and the four from 1 January 2027', () => {
		expect(offeredRegions(regions, BEFORE)).toEqual([
			'nordjylland',
			'midtjylland',
			'syddanmark',
			'sjaelland',
			'hovedstaden'
		]);
		expect(offeredRegions(regions, AFTER)).toEqual([
			'nordjylland',
			'midtjylland',
			'syddanmark',
			'oestdanmark'
		]);
	});

	it('still offers a region that was chosen, whether it has ended or not yet begun', () => {
		expect(offeredRegions(regions, AFTER, ['sjaelland'])).toContain('sjaelland');
		expect(offeredRegions(regions, BEFORE, ['oestdanmark'])).toContain('oestdanmark');
		expect(offeredRegions(regions, AFTER, ['sjaelland'])).not.toContain('hovedstaden');
	});

	it('knows when a region exists', () => {
		const east = regions.find((r) => r.id === 'oestdanmark')!;
		const zealand = regions.find((r) => r.id === 'sjaelland')!;
		expect([inUse(east, BEFORE), inUse(east, AFTER)]).toEqual([false, true]);
		expect([inUse(zealand, BEFORE), inUse(zealand, AFTER)]).toEqual([true, false]);
	});

	it('places a former region inside the one it became, and nowhere else', () => {
		expect(liesIn('sjaelland', 'oestdanmark', regions)).toBe(true);
		expect(liesIn('hovedstaden', 'oestdanmark', regions)).toBe(true);
		expect(liesIn('sjaelland', 'sjaelland', regions)).toBe(true);
		expect(liesIn('hovedstaden', 'sjaelland', regions)).toBe(false);
		expect(liesIn('oestdanmark', 'sjaelland', regions)).toBe(false);
		expect(liesIn('midtjylland', 'oestdanmark', regions)).toBe(false);
	});

	it("names a place's region as it is on the day", () => {
		expect(regionOn('sjaelland', regions, BEFORE)).toBe('sjaelland');
		expect(regionOn('sjaelland', regions, AFTER)).toBe('oestdanmark');
		expect(regionOn('midtjylland', regions, AFTER)).toBe('midtjylland');
	});

	it('writes the day in Denmark as YYYY-MM-DD, wherever the clock is', () => {
		expect(isoDay(new Date('2026-12-31T22:59:00Z'))).toBe('2026-12-31');
		expect(isoDay(new Date('2026-12-31T23:00:00Z'))).toBe('2027-01-01'); // midnight in Copenhagen
		expect(isoDay(new Date('2027-06-30T22:30:00Z'))).toBe('2027-07-01'); // summer time
	});

	it('the region question offers the regions of the day and "no preference"; links accept every region ever', () => {
		const q = questionById('regions') as MultiQuestion;
		expect(offeredOptions(q, optionSource, regions, AFTER)).toEqual([
			'nordjylland',
			'midtjylland',
			'syddanmark',
			'oestdanmark',
			'no_preference'
		]);
		expect(optionIds(q, optionSource)).toEqual(
			expect.arrayContaining(['sjaelland', 'hovedstaden', 'oestdanmark'])
		);
		// Other questions are not touched.
		const sectors = questionById('sectors') as MultiQuestion;
		expect(offeredOptions(sectors, optionSource, regions, AFTER)).toEqual(
			optionIds(sectors, optionSource)
		);
		// A link written before the merger keeps its regions, and one written after it reads too.
		expect(decodeLink('?v=1&regions=sjaelland,hovedstaden', optionSource).answers.regions).toEqual([
			'sjaelland',
			'hovedstaden'
		]);
		expect(decodeLink('?v=1&regions=oestdanmark', optionSource).answers.regions).toEqual([
			'oestdanmark'
		]);
	});
});

describe('the option ids a link may name (data/options.ts, in the first page load)', () => {
	it('are the ids of the content files, in their order: a sector or region added or removed there is added or removed there too', () => {
		expect(optionSource.sectors).toEqual(questionContent.sectors.map((s) => s.id));
		expect(optionSource.regions).toEqual(questionContent.regions.map((r) => r.id));
	});
});
