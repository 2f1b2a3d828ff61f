// The researched park facts (2026-12-05) as the matching and the result text use them.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/data/index';
import { buildResult } from '../../src/domain/result';
import { I18n } from '../../src/i18n/i18n.svelte';
import resultDa from '../../src/i18n/result.da.json';
import resultEn from '../../src/i18n/result.en.json';
import answersDa from '../../src/i18n/answers.da.json';
import answersEn from '../../src/i18n/answers.en.json';
import { explain, nextStepParts, plainText } from '../../src/ui/results/result-text';
import { answers } from '../builders/answers';

const i18n = new I18n({ documentLang: false });
i18n.addTexts({ da: { ...answersDa, ...resultDa }, en: { ...answersEn, ...resultEn } });
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
		// Production from 2032 or later: both motorways come in time.
		const { sites } = buildResult(answers({ ...needsMotorway, start_time: 'later' }), content);
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

	it('a required facility planned for after the start is not met: the park cannot fit', () => {
		// Content checked in 2026: "within 2 years" ends in 2028, "in 2–5 years" in 2031.
		expect(content.meta.checkedOn.slice(0, 4)).toBe('2026');
		for (const start_time of ['within_2y', 'in_2_5y'] as const) {
			const { sites } = buildResult(answers({ ...needsMotorway, start_time }), content);
			const viborg = sites.cannotFit.find((m) => m.site.id === 'viborg');
			expect(
				viborg?.blockers.map((b) => b.key),
				start_time
			).toEqual(['facility.planned_late']);
			expect(explain(i18n, viborg!.site, viborg!.blockers[0]!)).toMatch(
				/^Planlagt \(2032\) – først efter jeres start: /
			);
		}
		// Kalundborg's motorway (2028) comes within two years; a later start lets Viborg's in.
		const soon = buildResult(answers({ ...needsMotorway, start_time: 'within_2y' }), content);
		expect(soon.sites.fits.map((m) => m.site.id)).toContain('kalundborg');
		const later = buildResult(answers({ ...needsMotorway, start_time: 'later' }), content);
		expect(later.sites.fits.map((m) => m.site.id)).toContain('viborg');
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

	it('sends the question of power capacity at a park with no source on it to the grid company (review 22, G9)', () => {
		const { sites } = buildResult(
			answers({ ...needsMotorway, infrastructure: { high_power: 'must' } }),
			content
		);
		const power = [...sites.fits, ...sites.cannotFit].flatMap((m) =>
			m.criteria
				.filter((c) => c.criterion === 'high_power' && c.outcome === 'unknown' && !c.fact)
				.map((c) => explain(i18n, m.site, c))
		);
		expect(power.length).toBeGreaterThan(0);
		for (const text of power)
			expect(text).toBe(
				'Guiden har ingen kilde om det. Spørg det lokale netselskab, om der er kapacitet.'
			);
	});

	it('a capacity need is not "available" where the fact itself says the capacity is not known', () => {
		// As for power (a grid connection is not capacity): a waterworks or a treatment plant with no stated spare
		// capacity for new companies leaves large volumes of water or wastewater "not known" (a review found Kalundborg's
		// rated "Opfyldt" beside "Ledig kapacitet til nye virksomheder er ikke oplyst").
		const claimed = content.sites.flatMap((site) =>
			(['high_power', 'water_volume', 'wastewater'] as const)
				.filter((id) => site.facilities[id]?.status === 'available')
				.map((id) => ({ at: `${site.id} ${id}`, note: site.facilities[id]!.note.da }))
		);
		expect(
			claimed.filter((c) => /ikke oplyst|ved ikke, hvor meget|kender ikke kapaciteten/.test(c.note))
		).toEqual([]);
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
		const text = plainText(nextStepParts(i18n, content, [], step!));
		expect(text).toContain('om projektet kræver tilladelser fra både staten og kommunen');
		expect(text).not.toMatch(/investering/);
	});

	it("names whom each best park's card suggests starting with, not only the parks' municipalities", () => {
		const result = buildResult(
			answers({
				sectors: ['agro_industry', 'biosolutions'],
				land_ha: 20,
				regions: ['no_preference']
			}),
			content
		);
		expect(result.sites.fits[0]?.site.id).toBe('viborg');
		const step = result.nextSteps.find((s) => s.key === 'contact_parks');
		const parts = nextStepParts(i18n, content, [], step!);
		expect(plainText(parts)).toMatch(/^Kontakt de bedste parker: Business Viborg, /);
		// Each name links to the organisation's website, as the park's card does.
		expect(parts[1]).toEqual({ text: 'Business Viborg', href: 'https://businessviborg.dk/' });
		// On paper, the address follows the name.
		expect(plainText(parts, true)).toMatch(
			/^Kontakt de bedste parker: Business Viborg \(businessviborg\.dk\), /
		);
	});

	it("names the park's erhvervshus as the company's own when the park lies in its municipality (review 22, G1)", () => {
		const step = {
			key: 'contact_erhvervshus_park',
			params: { house: 'sydjylland', site: 'esbjerg' }
		};
		const towns = [
			{ id: '561', name: { da: 'Esbjerg', en: 'Esbjerg' } },
			{ id: '851', name: { da: 'Aalborg', en: 'Aalborg' } }
		] as never;
		const say = (own: string) =>
			plainText(nextStepParts(i18n, content, towns, { ...step, params: { ...step.params, own } }));
		expect(say('561')).toBe('Få vejledning i Erhvervshus Sydjylland.');
		expect(say('851')).toBe(
			'Få vejledning i Erhvervshus Sydjylland ved parken eller i jeres eget erhvervshus.'
		);
	});

	it('links the One Stop Shop, Invest in Denmark and the municipality where the guide has their pages', () => {
		const steps = buildResult(
			answers({ company_origin: 'foreign_first', investment_mdkk: 400, land_ha: 3 }),
			content,
			undefined,
			'219'
		).nextSteps;
		const links = (key: string) =>
			nextStepParts(
				i18n,
				content,
				[{ id: '219', name: { da: 'Hillerød', en: 'Hillerød' } }] as never,
				{
					...steps.find((s) => s.key === key)!
				}
			).filter((part) => typeof part !== 'string');
		expect(links('oss_contact')).toEqual([
			{ text: 'One Stop Shoppen i Erhvervsstyrelsen', href: content.oneStopShop.url }
		]);
		expect(links('invest_in_denmark')).toEqual([
			{ text: 'Invest in Denmark', href: 'https://investindk.com' }
		]);
		// The erhvervshus covering the municipality, linked to its website (its own page prints it).
		expect(links('contact_erhvervshus')).toEqual([
			{ text: 'Erhvervshus Hovedstaden', href: 'https://ehhs.dk' }
		]);
		expect(links('contact_chosen_municipality')).toEqual([
			{
				text: 'Hillerød Kommune',
				href: content.municipalBusiness.find((m) => m.id === '219')!.businessLand!.url
			}
		]);
		// Without a land page, the business service's own site, where the guide knows it from a page on that site.
		expect(
			nextStepParts(i18n, content, [{ id: '791', name: { da: 'Viborg', en: 'Viborg' } }] as never, {
				key: 'contact_own_municipality',
				params: { municipality: '791' }
			}).filter((part) => typeof part !== 'string')
		).toEqual([{ text: 'Viborg Kommune', href: 'https://businessviborg.dk/' }]);
		// A municipality the guide has no page for is named without a link.
		expect(
			nextStepParts(
				i18n,
				content,
				[{ id: '101', name: { da: 'København', en: 'Copenhagen' } }] as never,
				{
					key: 'contact_own_municipality',
					params: { municipality: '101' }
				}
			)
		).toEqual(['Kontakt Københavns Kommune om erhvervsgrunde tæt på jer.']);
	});
});
