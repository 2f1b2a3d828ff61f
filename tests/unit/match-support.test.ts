import { describe, expect, it } from 'vitest';
import {
	oneStopShop,
	smvStatus,
	type OssResult,
	type SmvResult
} from '../../src/domain/eligibility';
import { rankSites, type SiteMatch } from '../../src/domain/match-sites';
import {
	SCHEME_RULES,
	matchErhvervshus,
	matchFyrtaarne,
	matchSchemes,
	nextSteps,
	parksToContact,
	type SchemeMatch
} from '../../src/domain/match-support';
import { buildResult } from '../../src/domain/result';
import type { Answers, Scheme, Site } from '../../src/domain/types';
import { content } from '../../src/data/index';
import { aSite, answers } from '../builders/answers';

const smv: SmvResult = { status: 'smv', categoryByHeadcount: 'small' };
const reasonKeys = (rule: keyof typeof SCHEME_RULES, a: Answers, s: SmvResult = smv) =>
	SCHEME_RULES[rule](a, { smv: s }).map((r) => r.key);

describe('SCHEME_RULES.eifo_green_production', () => {
	it('applies to the wind sector', () => {
		expect(reasonKeys('eifo_green_production', answers({ sectors: ['wind_offshore'] }))).toEqual([
			'eifo.wind'
		]);
	});

	it('applies to the hydrogen/PtX sector', () => {
		expect(reasonKeys('eifo_green_production', answers({ sectors: ['hydrogen_ptx'] }))).toEqual([
			'eifo.electrolysis'
		]);
	});

	it('applies to wind and electrolyser net-zero technology when the project is net zero', () => {
		const a = answers({
			sectors: ['other'],
			net_zero: 'yes',
			net_zero_tech: ['wind', 'electrolysers_fuel_cells']
		});
		expect(reasonKeys('eifo_green_production', a)).toEqual(['eifo.wind', 'eifo.electrolysis']);
	});

	it('ignores net-zero technology kept from before net_zero was changed to "no"', () => {
		const a = answers({
			sectors: ['other'],
			net_zero: 'no',
			net_zero_tech: ['wind', 'electrolysers_fuel_cells']
		});
		expect(reasonKeys('eifo_green_production', a)).toEqual([]);
	});

	it('applies to critical raw materials', () => {
		expect(
			reasonKeys(
				'eifo_green_production',
				answers({ sectors: ['other'], critical_raw_materials: 'yes' })
			)
		).toEqual(['eifo.crm']);
	});

	it('does not apply to other sectors and technologies', () => {
		const a = answers({
			sectors: ['life_science', 'green_tech'],
			net_zero: 'yes',
			net_zero_tech: ['solar']
		});
		expect(reasonKeys('eifo_green_production', a)).toEqual([]);
	});
});

describe('SCHEME_RULES.invest_in_denmark', () => {
	it.each(['foreign_first', 'foreign_present'] as const)(
		'applies to a %s company',
		(company_origin) => {
			expect(reasonKeys('invest_in_denmark', answers({ company_origin }))).toEqual([
				`invest_in_denmark.${company_origin}`
			]);
		}
	);

	it('does not apply to a Danish company', () => {
		expect(reasonKeys('invest_in_denmark', answers({ company_origin: 'danish' }))).toEqual([]);
	});
});

describe('SCHEME_RULES.erhvervshus', () => {
	it.each(['smv', 'probably_smv', 'unknown'] as const)(
		'always applies, as SMV help when the status is %s',
		(status) => {
			expect(reasonKeys('erhvervshus', answers(), { status })).toEqual(['erhvervshus.smv']);
		}
	);

	it('applies to all companies when it is not an SMV', () => {
		expect(reasonKeys('erhvervshus', answers(), { status: 'not_smv' })).toEqual([
			'erhvervshus.all'
		]);
	});
});

describe('SCHEME_RULES.nzia_strategic', () => {
	it('applies to a net-zero project', () => {
		expect(reasonKeys('nzia_strategic', answers({ net_zero: 'yes' }))).toEqual(['nzia.net_zero']);
	});

	it.each(['no', 'dont_know'] as const)('does not apply when net_zero is %s', (net_zero) => {
		expect(reasonKeys('nzia_strategic', answers({ net_zero }))).toEqual([]);
	});
});

describe('SCHEME_RULES.crma_strategic', () => {
	it('applies to critical raw materials, naming the activities', () => {
		const a = answers({ critical_raw_materials: 'yes', crm_activity: ['extraction', 'recycling'] });
		expect(SCHEME_RULES.crma_strategic(a, { smv })).toEqual([
			{ key: 'crma.crm', params: { activities: 'extraction,recycling' } }
		]);
	});

	it.each(['no', 'dont_know'] as const)(
		'does not apply when critical_raw_materials is %s',
		(critical_raw_materials) => {
			expect(reasonKeys('crma_strategic', answers({ critical_raw_materials }))).toEqual([]);
		}
	);
});

describe('matchSchemes', () => {
	it('lists the schemes that apply in content order, each with its reasons', () => {
		const a = answers({
			sectors: ['wind_offshore'],
			company_origin: 'foreign_first',
			net_zero: 'yes'
		});
		const m = matchSchemes(content, a, smvStatus(a));
		expect(m.map((s) => s.scheme.rule)).toEqual([
			'eifo_green_production',
			'invest_in_denmark',
			'erhvervshus',
			'nzia_strategic'
		]);
		expect(m.every((s) => s.reasons.length > 0)).toBe(true);
	});

	it('leaves out schemes that do not apply', () => {
		const a = answers({ sectors: ['life_science'] });
		expect(matchSchemes(content, a, smvStatus(a)).map((s) => s.scheme.rule)).toEqual([
			'erhvervshus'
		]);
	});
});

describe('matchErhvervshus', () => {
	it('names the erhvervshus of the best-fitting park', () => {
		const fits = rankSites(content.sites, answers({ land_ha: 600 })).fits;
		expect(fits[0]?.site.id).toBe('aabenraa');
		const m = matchErhvervshus(content, fits);
		expect(m.siteId).toBe('aabenraa');
		expect(m.house?.id).toBe('sydjylland');
	});

	it('names none when no park fits', () => {
		expect(matchErhvervshus(content, [])).toEqual({ house: undefined });
	});

	it("names the company's own erhvervshus where a source says which covers its municipality", () => {
		const fits = rankSites(content.sites, answers({ land_ha: 600 })).fits;
		// Aarhus (751): Erhvervshus Midtjylland's statutes list it; the best park (Aabenraa) is Sydjylland's.
		expect(matchErhvervshus(content, fits, '751')).toMatchObject({
			house: { id: 'midtjylland' },
			municipalityId: '751'
		});
		expect(matchErhvervshus(content, [], '101')).toMatchObject({
			house: { id: 'hovedstaden' },
			municipalityId: '101'
		});
		// Odense (461) is one of the nine Funen municipalities behind Erhvervshus Fyn; Middelfart (410) went with
		// Sydjylland's house instead (news sources dated to the month).
		expect(matchErhvervshus(content, fits, '461')).toMatchObject({
			house: { id: 'fyn' },
			municipalityId: '461'
		});
		expect(matchErhvervshus(content, fits, '410')).toMatchObject({
			house: { id: 'sydjylland' },
			municipalityId: '410'
		});
		// Hjørring (860): no source in the guide says which house covers it – the best park's, not called the company's.
		const hjoerring = matchErhvervshus(content, fits, '860');
		expect(hjoerring.municipalityId).toBeUndefined();
		expect(hjoerring).toMatchObject({ house: { id: 'sydjylland' }, siteId: 'aabenraa' });
	});

	it('has each covered municipality in one house only, each a known kommunekode', async () => {
		const { municipalities } = (await import('../../src/data/content/municipalities.json')).default;
		const known = new Set(municipalities.map((m) => m.id));
		const covered = content.erhvervshuse.flatMap((h) => h.covers?.municipalities ?? []);
		expect(covered.filter((code) => !known.has(code))).toEqual([]);
		expect(new Set(covered).size).toBe(covered.length);
	});
});

describe('matchFyrtaarne', () => {
	const fitIn = (...regions: string[]): SiteMatch[] =>
		regions.map(
			(region, i) => rankSites([aSite({ id: `s${i}`, region })], answers()).fits[0] as SiteMatch
		);

	it('lists the erhvervsfyrtårne with a chosen sector, naming the sectors that match', () => {
		const m = matchFyrtaarne(content, answers({ sectors: ['hydrogen_ptx', 'maritime'] }), []);
		expect(m.map((f) => f.fyrtaarn.id)).toEqual([
			'co2vision',
			'nextgen_robotics',
			'sydjylland_green_energy'
		]);
		expect(m.find((f) => f.fyrtaarn.id === 'co2vision')?.reasons).toEqual([
			{ key: 'fyrtaarn.sector', params: { sectors: 'hydrogen_ptx' } }
		]);
		expect(m.every((f) => !f.nearby)).toBe(true);
	});

	it('lists none when no sector matches', () => {
		expect(matchFyrtaarne(content, answers({ sectors: ['other'] }), [])).toEqual([]);
	});

	it('puts those in the region of a top-3 park first', () => {
		const m = matchFyrtaarne(content, answers({ sectors: ['hydrogen_ptx'] }), fitIn('syddanmark'));
		expect(m.map((f) => [f.fyrtaarn.id, f.nearby])).toEqual([
			['sydjylland_green_energy', true],
			['co2vision', false]
		]);
	});

	it('does not count parks below the top 3 as nearby', () => {
		const m = matchFyrtaarne(
			content,
			answers({ sectors: ['hydrogen_ptx'] }),
			fitIn('sjaelland', 'sjaelland', 'sjaelland', 'syddanmark')
		);
		expect(m.every((f) => !f.nearby)).toBe(true);
	});

	it('puts those in a preferred region first', () => {
		const m = matchFyrtaarne(
			content,
			answers({ sectors: ['hydrogen_ptx'], regions: ['nordjylland'] }),
			[]
		);
		expect(m.map((f) => [f.fyrtaarn.id, f.nearby])).toEqual([
			['co2vision', true],
			['sydjylland_green_energy', false]
		]);
	});
});

describe('matchFyrtaarne and the regions merged in 2027', () => {
	it('counts those of both former regions as in Region Østdanmark, and a former region as itself', () => {
		const east = matchFyrtaarne(
			content,
			answers({ sectors: ['life_science', 'biosolutions'], regions: ['oestdanmark'] }),
			[]
		);
		expect(east.map((f) => [f.fyrtaarn.id, f.nearby])).toEqual([
			['biosolutions_zealand', true],
			['life_science_hovedstaden', true]
		]);
		const zealand = matchFyrtaarne(
			content,
			answers({ sectors: ['life_science', 'biosolutions'], regions: ['sjaelland'] }),
			[]
		);
		expect(zealand.map((f) => [f.fyrtaarn.id, f.nearby])).toEqual([
			['biosolutions_zealand', true],
			['life_science_hovedstaden', false]
		]);
	});

	it('from 2027 counts a fyrtårn in the former Region Hovedstaden as near a park in the former Region Sjælland', () => {
		const fits = rankSites([aSite({ id: 's', region: 'sjaelland' })], answers()).fits;
		const a = answers({ sectors: ['life_science'] });
		const nearby = (today?: string) =>
			matchFyrtaarne(content, a, fits, today).map((f) => [f.fyrtaarn.id, f.nearby]);
		expect(nearby('2026-12-31')).toEqual([['life_science_hovedstaden', false]]);
		expect(nearby('2027-01-01')).toEqual([['life_science_hovedstaden', true]]);
		expect(nearby()).toEqual([['life_science_hovedstaden', false]]);
	});
});

describe('nextSteps', () => {
	const house = { house: content.erhvervshuse[0], siteId: 'x' };
	const noHouse = { house: undefined };
	const oss = (status: OssResult['status']): OssResult => ({
		status,
		met: [],
		unknown: [],
		notMet: []
	});
	/** The content's schemes for these rules, open for applications (whatever their status today). */
	const schemesFor = (...rules: (keyof typeof SCHEME_RULES)[]): SchemeMatch[] =>
		rules.map((rule) => {
			const { status: _status, ...scheme } = content.schemes.find((s) => s.rule === rule) as Scheme;
			return { scheme, reasons: [{ key: 'x', params: {} }] };
		});
	const fits = (n: number): SiteMatch[] =>
		Array.from(
			{ length: n },
			(_, i) => rankSites([aSite({ id: `site_${i}` })], answers()).fits[0] as SiteMatch
		);
	const keys = (steps: { key: string }[]) => steps.map((s) => s.key);

	it('starts with the One Stop Shop when eligible', () => {
		expect(keys(nextSteps(answers(), oss('eligible'), fits(1), [], house))[0]).toBe('oss_contact');
	});

	it('starts with checking the One Stop Shop criteria when "maybe"', () => {
		expect(keys(nextSteps(answers(), oss('maybe'), fits(1), [], house))[0]).toBe('oss_check');
	});

	it('names only the One Stop Shop criteria that are still open', () => {
		const open = oneStopShop(
			answers({
				investment_mdkk: 40,
				dual_permits: 'dont_know',
				net_zero: 'no',
				critical_raw_materials: 'no'
			})
		);
		expect(open.status).toBe('maybe');
		expect(nextSteps(answers(), open, fits(1), [], house)[0]).toEqual({
			key: 'oss_check',
			params: { criteria: 'dual_permits' }
		});
	});

	it('starts with Invest in Denmark for a company new to Denmark, and points to no house of its own', () => {
		const steps = nextSteps(
			answers({ company_origin: 'foreign_first' }),
			oss('eligible'),
			fits(1),
			schemesFor('invest_in_denmark'),
			house
		);
		expect(keys(steps).slice(0, 2)).toEqual(['invest_in_denmark', 'oss_contact']);
		expect(keys(steps).filter((k) => k === 'invest_in_denmark')).toHaveLength(1);
		expect(keys(steps)).toContain('contact_erhvervshus');
		expect(keys(steps)).not.toContain('contact_erhvervshus_park');
	});

	it('does not mention the One Stop Shop when not eligible', () => {
		const k = keys(nextSteps(answers(), oss('not_eligible'), fits(1), [], house));
		expect(k).not.toContain('oss_contact');
		expect(k).not.toContain('oss_check');
		expect(k[0]).toBe('contact_parks');
	});

	it("puts the company's own municipality first for a few hectares, after the parks for more", () => {
		const small = keys(
			nextSteps(answers({ land_ha: 3 }), oss('not_eligible'), fits(2), [], house, '630')
		);
		expect(small.slice(0, 2)).toEqual(['contact_own_municipality', 'contact_parks']);
		const large = keys(
			nextSteps(answers({ land_ha: 30 }), oss('not_eligible'), fits(2), [], house, '630')
		);
		expect(large.slice(0, 2)).toEqual(['contact_parks', 'contact_own_municipality']);
		expect(
			keys(nextSteps(answers({ land_ha: 3 }), oss('not_eligible'), fits(2), [], house))
		).not.toContain('contact_own_municipality');
		// A company new to Denmark has no municipality of its own: the one it chose to measure from.
		const newcomer = keys(
			nextSteps(
				answers({ land_ha: 3, company_origin: 'foreign_first', employees: 'over_250' }),
				oss('not_eligible'),
				fits(2),
				[],
				house,
				'630'
			)
		);
		expect(newcomer).toContain('contact_chosen_municipality');
		expect(newcomer).not.toContain('contact_own_municipality');
	});

	it('names the top 3 parks, or every park that fits as well as the first (review 22)', () => {
		const step = (ms: SiteMatch[], a = answers()) =>
			nextSteps(a, oss('not_eligible'), ms, [], house).find((s) => s.key === 'contact_parks');
		// Four parks, the first with a port the company would like: the top three.
		const a = answers({ infrastructure: { port: 'nice' } });
		const port = aSite({ id: 'port', facilities: { port: 'available' } });
		const others = ['a', 'b', 'c'].map((id) => aSite({ id }));
		expect(step(rankSites([...others, port], a).fits, a)?.params).toEqual({ sites: 'port,a,b' });
		// Five parks the answers cannot tell apart: all five, not three of them.
		expect(step(fits(5))?.params).toEqual({
			sites: 'site_0,site_1,site_2,site_3,site_4'
		});
	});

	it('with regions chosen, names the parks in them, those focused on the sector first (review 22, G3)', () => {
		const a = answers({ sectors: ['food_tech'], regions: ['sjaelland'] });
		const far = aSite({ id: 'far_same', sectors: ['food_tech'], region: 'midtjylland' });
		const nearOther = aSite({ id: 'near_other', sectors: ['maritime'], region: 'sjaelland' });
		const nearSame = aSite({ id: 'near_same', sectors: ['food_tech'], region: 'sjaelland' });
		const step = (sites: Site[]) =>
			nextSteps(a, oss('not_eligible'), rankSites(sites, a).fits, [], house).find(
				(s) => s.key.startsWith('contact_') && s.key.endsWith('parks')
			);
		// Not the park in another region, though its focus names the sector; said as "where you want to be".
		expect(step([far, nearOther, nearSame])).toEqual({
			key: 'contact_region_parks',
			params: { sites: 'near_same,near_other' }
		});
		expect(step([far, nearOther])).toEqual({
			key: 'contact_region_parks',
			params: { sites: 'near_other' }
		});
		expect(step([nearOther, nearSame])).toEqual({
			key: 'contact_parks',
			params: { sites: 'near_same,near_other' }
		});
		// No park in the chosen regions: the parks whose focus does not leave the sector out, from anywhere.
		expect(step([far])).toEqual({ key: 'contact_parks', params: { sites: 'far_same' } });
		expect(parksToContact(a, rankSites([far], a).fits).byRegion).toBe(false);
	});

	it('does not send the company to a park that focuses on other sectors than its own', () => {
		const a = answers({ sectors: ['food_tech'] });
		const other = rankSites([aSite({ id: 'other', sectors: ['maritime'] })], a).fits;
		const same = rankSites([aSite({ id: 'same', sectors: ['food_tech'] })], a).fits;
		const step = (matches: SiteMatch[]) =>
			nextSteps(a, oss('not_eligible'), matches, [], house).find(
				(s) => s.key.startsWith('contact_') && s.key.endsWith('parks')
			);
		// Said as such, since the ranking's best park is not among them (review 21).
		expect(step([...other, ...same])).toEqual({
			key: 'contact_sector_parks',
			params: { sites: 'same' }
		});
		expect(step([...same, ...other])?.key).toBe('contact_sector_parks');
		expect(step(same)).toEqual({ key: 'contact_parks', params: { sites: 'same' } });
		expect(step(other)).toBeUndefined();
		expect(keys(nextSteps(a, oss('not_eligible'), other, [], noHouse))).toContain(
			'contact_erhvervshus_no_fit'
		);
		// Nor to the erhvervshus at such a park; the company's own house stays.
		const atPark = { house: content.erhvervshuse[0], siteId: 'other' };
		expect(keys(nextSteps(a, oss('not_eligible'), other, [], atPark))).not.toContain(
			'contact_erhvervshus_park'
		);
		const own = { house: content.erhvervshuse[0] };
		expect(keys(nextSteps(a, oss('not_eligible'), other, [], own))).toContain(
			'contact_erhvervshus'
		);
	});

	it("names the company's own erhvervshus as theirs, and the best park's as the one at the park", () => {
		const own = { house: content.erhvervshuse[0], municipalityId: '101' };
		const step = (h: typeof house | typeof own) =>
			nextSteps(answers(), oss('not_eligible'), fits(1), [], h).find((s) =>
				s.key.startsWith('contact_erhvervshus')
			);
		expect(step(own)).toEqual({
			key: 'contact_erhvervshus',
			params: { house: content.erhvervshuse[0]!.id }
		});
		expect(step(house)).toEqual({
			key: 'contact_erhvervshus_park',
			params: { house: content.erhvervshuse[0]!.id, site: 'x' }
		});
	});

	it('points to an erhvervshus for other areas when no park fits', () => {
		const k = keys(nextSteps(answers(), oss('not_eligible'), [], [], noHouse));
		expect(k).toEqual(['contact_erhvervshus_no_fit', 'prepare']);
	});

	it('mentions Invest in Denmark only when that scheme applies', () => {
		expect(
			keys(nextSteps(answers(), oss('eligible'), fits(1), schemesFor('invest_in_denmark'), house))
		).toContain('invest_in_denmark');
		expect(
			keys(nextSteps(answers(), oss('eligible'), fits(1), schemesFor('erhvervshus'), house))
		).not.toContain('invest_in_denmark');
	});

	it('gives every step in a fixed order with preparation last', () => {
		const all = schemesFor(
			'crma_strategic',
			'nzia_strategic',
			'erhvervshus',
			'invest_in_denmark',
			'eifo_green_production'
		);
		expect(keys(nextSteps(answers(), oss('eligible'), fits(3), all, house))).toEqual([
			'oss_contact',
			'contact_parks',
			'contact_erhvervshus_park',
			'invest_in_denmark',
			'eifo',
			'eu_strategic',
			'prepare'
		]);
	});

	it('does not send the company to a scheme a source says is closed', () => {
		const closed = schemesFor('eifo_green_production').map((m) => ({
			...m,
			scheme: {
				...m.scheme,
				status: {
					state: 'closed' as const,
					text: { da: 'Lukket', en: 'Closed' },
					checkedOn: '2026-12-05',
					source: m.scheme.sources[0]!
				}
			}
		}));
		expect(keys(nextSteps(answers(), oss('eligible'), fits(1), closed, house))).not.toContain(
			'eifo'
		);
	});

	it('mentions EU strategic status once for either act', () => {
		expect(
			keys(nextSteps(answers(), oss('eligible'), fits(1), schemesFor('crma_strategic'), house))
		).toContain('eu_strategic');
		expect(
			keys(
				nextSteps(
					answers(),
					oss('eligible'),
					fits(1),
					schemesFor('nzia_strategic', 'crma_strategic'),
					house
				)
			).filter((k) => k === 'eu_strategic')
		).toHaveLength(1);
	});
});

describe('buildResult with the real content', () => {
	it('gives a foreign wind company eligible for the One Stop Shop the matching next steps', () => {
		const a = answers({ company_origin: 'foreign_first', investment_mdkk: 150 });
		const r = buildResult(a, content);
		expect(r.oneStopShop.status).toBe('eligible');
		expect(r.nextSteps.map((s) => s.key)).toEqual([
			// New to Denmark: Invest in Denmark first, and the house at the best park without "or your own".
			'invest_in_denmark',
			'oss_contact',
			'contact_parks',
			'contact_erhvervshus',
			// EIFO's scheme matches a wind company but is closed (schemes.json), so it is no next step.
			'prepare'
		]);
		expect(r.schemes.map((s) => s.scheme.rule)).toContain('eifo_green_production');
		expect(r.dataCheckedOn).toBe(content.meta.checkedOn);
	});

	it('ignores answers to questions that no longer apply', () => {
		const r = buildResult(
			answers({ sectors: ['other'], net_zero: 'no', net_zero_tech: ['wind'] }),
			content
		);
		expect(r.schemes.map((s) => s.scheme.rule)).toEqual(['erhvervshus']);
		expect(r.oneStopShop.met).toEqual([]);
	});

	it('uses the full SMV test only below 250 employees', () => {
		expect(
			buildResult(answers({ employees: 'over_250', financials: 'yes' }), content).smv.status
		).toBe('not_smv');
		expect(
			buildResult(answers({ employees: 'from_50_to_249', financials: 'yes' }), content).smv.status
		).toBe('smv');
	});
});
