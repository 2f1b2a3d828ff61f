// The researched park facts (2026-12-05) as the matching and the result text use them.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/data/index';
import { buildResult } from '../../src/domain/result';
import { I18n } from '../../src/i18n/i18n.svelte';
import resultDa from '../../src/i18n/result.da.json';
import resultEn from '../../src/i18n/result.en.json';
import { explain, nextStepText } from '../../src/ui/results/result-text';
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
		for (const id of ['skive']) {
			expect(content.sites.find((s) => s.id === id)?.facilities.motorway?.status).toBe(
				'not_available'
			);
			expect(cannot).toContain(id);
		}
	});

	it('a planned motorway is shown with the year the source gives, and the park can still fit', () => {
		const { sites } = buildResult(needsMotorway, content);
		// Kalundborg (2028) and Viborg (2032, decided in February 2025; the town has none today).
		for (const [id, year] of [
			['kalundborg', '2028'],
			['viborg', '2032']
		] as const) {
			const match = sites.fits.find((m) => m.site.id === id);
			const motorway = match?.criteria.find((c) => c.criterion === 'motorway');
			expect(motorway?.key, id).toBe('facility.planned');
			expect(explain(i18n, match!.site, motorway!)).toMatch(
				new RegExp(`^Planlagt \\(${year}\\): `)
			);
		}
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

describe('the next steps in words', () => {
	it('asks only for the One Stop Shop criterion that is still open, not for an investment already given', () => {
		const result = buildResult(
			answers({
				investment_mdkk: 40,
				dual_permits: 'dont_know',
				net_zero: 'no',
				critical_raw_materials: 'no'
			}),
			content
		);
		const step = result.nextSteps.find((s) => s.key === 'oss_check');
		const text = nextStepText(i18n, content.sites, [], step!);
		expect(text).toContain('om projektet kræver tilladelser fra både staten og kommunen');
		expect(text).not.toMatch(/investering/);
	});
});
