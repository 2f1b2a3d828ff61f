// The researched park facts (2026-12-05) as the matching and the result text use them.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/data/index';
import { buildResult } from '../../src/domain/result';
import { I18n } from '../../src/i18n/i18n.svelte';
import resultDa from '../../src/i18n/result.da.json';
import resultEn from '../../src/i18n/result.en.json';
import { explain } from '../../src/ui/results/result-text';
import { answers } from '../builders/answers';

const i18n = new I18n({ documentLang: false });
i18n.addTexts({ da: resultDa, en: resultEn });
i18n.addContent(content);

/** A company that must have a motorway and needs nothing else in particular. */
const needsMotorway = answers({
	sectors: ['other'],
	land_ha: 5,
	infrastructure: { motorway: 'must' },
	regions: ['no_preference']
});

describe('sourced facts in the matching', () => {
	it('a park whose source says there is no motorway cannot fit a company that must have one', () => {
		const { sites } = buildResult(needsMotorway, content);
		const cannot = sites.cannotFit.map((m) => m.site.id);
		for (const id of ['skive', 'viborg']) {
			expect(content.sites.find((s) => s.id === id)?.facilities.motorway?.status).toBe(
				'not_available'
			);
			expect(cannot).toContain(id);
		}
	});

	it('a planned motorway is shown with the year the source gives', () => {
		const { sites } = buildResult(needsMotorway, content);
		const kalundborg = [...sites.fits, ...sites.cannotFit].find((m) => m.site.id === 'kalundborg');
		const motorway = kalundborg?.criteria.find((c) => c.criterion === 'motorway');
		expect(motorway?.key).toBe('facility.planned');
		expect(explain(i18n, kalundborg!.site, motorway!)).toMatch(/^Planlagt \(2028\): /);
	});

	it('explains the grid connection rules only when large power capacity is a requirement', () => {
		expect(buildResult(needsMotorway, content).grid).toBeUndefined();
		const grid = buildResult(
			answers({ ...needsMotorway, infrastructure: { high_power: 'must' } }),
			content
		).grid;
		// No source in the content says capacity is available: a grid connection is not capacity.
		expect(grid).toEqual({ sitesWithCapacity: [] });
		expect(buildResult(answers({ infrastructure: { high_power: 'nice' } }), content).grid).toBe(
			undefined
		);
	});

	it('designated parks have labour and education nearby by law; the pending one does not', () => {
		for (const site of content.sites) {
			const pending = site.caveats.some((c) => c.id === 'pending_designation');
			const labour = site.facilities.labour_catchment;
			if (pending) expect(labour?.source.url ?? '').not.toMatch(/paragraf\/13$/);
			else expect(labour?.status, site.id).toBe('available');
		}
	});
});
