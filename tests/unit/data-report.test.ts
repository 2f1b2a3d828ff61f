import { describe, expect, it } from 'vitest';
import { content } from '../../src/data/index';
import { dataReport, formatReport, twelveMonthsBefore } from '../../src/data/report';
import type { Content } from '../../src/domain/types';
import { aFact, aSite, aSource } from '../builders/answers';

const LAW = aSource({
	url: 'https://www.elov.dk/lov-om-en-indgang-for-produktionsvirksomheder-og-statslig-udpegning-af-industriparker/paragraf/13'
});

describe('data report', () => {
	it('counts known needs per park, those resting on the law alone, and stale sources', () => {
		const park = aSite({
			id: 'testpark',
			facilities: {
				port: { ...aFact('available'), source: aSource({ asOf: '2024-01-01' }) },
				rail: 'unknown',
				labour_catchment: { ...aFact('available'), source: LAW },
				env_distance: 'available' // not one of the ten needs
			}
		});
		const r = dataReport({ ...content, sites: [park] } as Content, '2026-12-05');
		expect(r.parks).toEqual([
			expect.objectContaining({ id: 'testpark', known: 2, knownByLaw: 1, contact: false })
		]);
		expect(r.staleBefore).toBe('2025-12-05');
		expect(r.stale).toContainEqual(expect.objectContaining({ asOf: '2024-01-01' }));
		expect(formatReport(r)).toMatch(/Needs known: 2 of 10 \(1 of them only by the law/);
	});

	it('counts a source dated to the month or year from its first day, undated articles, and the municipalities whose erhvervshus is known', () => {
		const park = aSite({
			id: 'testpark',
			facilities: {
				port: { ...aFact('available'), source: aSource({ asOf: '2025-12' }) },
				rail: { ...aFact('available'), source: aSource({ title: 'newer', asOf: '2026-01' }) },
				motorway: { ...aFact('available'), source: aSource({ title: 'year', asOf: '2025' }) },
				water_volume: {
					...aFact('available'),
					source: aSource({ title: 'undated', asOf: '2026-12-05', undated: true })
				}
			}
		});
		const houses = [
			{ ...content.erhvervshuse[0]!, covers: { municipalities: ['851', '860'], source: aSource() } }
		];
		const r = dataReport(
			{ ...content, sites: [park], erhvervshuse: houses } as Content,
			'2026-12-05'
		);
		expect(r.stale.map((s) => s.asOf)).toContain('2025-12');
		expect(r.stale.map((s) => s.asOf)).not.toContain('2026-01');
		expect(r.stale.map((s) => s.asOf)).toContain('2025');
		expect(r.municipalities.erhvervshus).toBe(2);
		// The other content files cite undated articles too: one more than without the park.
		const without = dataReport(
			{ ...content, sites: [], erhvervshuse: houses } as Content,
			'2026-12-05'
		);
		expect(r.undated).toBe(without.undated + 1);
		expect(formatReport(r)).toMatch(
			new RegExp(`without a date of their own .*: ${r.undated} of ${r.factCount}`)
		);
		expect(formatReport(r)).toMatch(/erhvervshus 2$/m);
	});

	it('reports the real content without failing', () => {
		const text = formatReport(dataReport(content, content.meta.checkedOn));
		expect(text).toMatch(/^esbjerg +\d+\/10/m);
		expect(text).toMatch(/Facts older than 12 months/);
	});

	it('takes 12 months back, also from 29 February', () => {
		expect(twelveMonthsBefore('2026-12-05')).toBe('2025-12-05');
		expect(twelveMonthsBefore('2028-02-29')).toBe('2027-02-28');
	});
});
