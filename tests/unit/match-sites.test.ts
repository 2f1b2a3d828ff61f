import { describe, expect, it } from 'vitest';
import {
	assessSite,
	matchFacility,
	matchLand,
	matchRegion,
	matchSector,
	matchTiming,
	nearerDecides,
	rankSites,
	tiedWithBest,
	bestFew,
	type SiteMatch
} from '../../src/domain/match-sites';
import { content } from '../../src/data/index';
import { aSite, answers } from '../builders/answers';
import { INFRASTRUCTURE_ITEMS, WORKFORCE_ITEMS } from '../../src/domain/types';

const ids = (matches: SiteMatch[]) => matches.map((m) => m.site.id);

describe('matchSector', () => {
	const site = aSite({
		sectors: ['wind_offshore', 'green_tech'],
		partialSectors: ['defence_aerospace']
	});

	it('is met when a chosen sector is a focus sector, naming the hits', () => {
		const c = matchSector(site, answers({ sectors: ['maritime', 'green_tech'] }));
		expect(c).toMatchObject({
			outcome: 'met',
			key: 'sector.met',
			params: { sectors: 'green_tech' },
			blocking: false
		});
		expect(c?.points).toBeGreaterThan(0);
	});

	it('is "later" when a chosen sector is only a longer-term sector', () => {
		expect(matchSector(site, answers({ sectors: ['defence_aerospace'] }))).toMatchObject({
			outcome: 'partly',
			key: 'sector.later',
			params: { sectors: 'defence_aerospace' }
		});
	});

	it('prefers a focus hit over a longer-term hit', () => {
		expect(
			matchSector(site, answers({ sectors: ['defence_aerospace', 'wind_offshore'] }))?.key
		).toBe('sector.met');
	});

	it('is not met otherwise, naming the site’s focus, without blocking', () => {
		expect(matchSector(site, answers({ sectors: ['life_science'] }))).toMatchObject({
			outcome: 'not_met',
			key: 'sector.not_met',
			params: { sectors: 'wind_offshore,green_tech' },
			blocking: false,
			points: 0
		});
	});

	it('is only information for "other"', () => {
		expect(matchSector(site, answers({ sectors: ['other'] }))).toMatchObject({
			outcome: 'info',
			key: 'sector.other',
			points: 0
		});
	});

	it('is left out when no sector is answered', () => {
		expect(matchSector(site, answers({ sectors: undefined }))).toBeUndefined();
		expect(matchSector(site, answers({ sectors: [] }))).toBeUndefined();
	});
});

describe('matchLand', () => {
	const site = aSite({ land: { newPlotsHa: 100, totalHa: 150, approximate: true } });

	it('is met when the need fits in the new plots (boundary included)', () => {
		expect(matchLand(site, answers({ land_ha: 100 }))).toMatchObject({
			outcome: 'met',
			key: 'land.met',
			blocking: false,
			params: { need: 100, available: 100, total: 150, approx: 1 }
		});
	});

	it('is phased (not blocking) when the need is larger but the project can be phased', () => {
		expect(matchLand(site, answers({ land_ha: 100.5, land_phasing: 'yes' }))).toMatchObject({
			outcome: 'partly',
			key: 'land.phased',
			blocking: false
		});
	});

	it.each(['no', 'dont_know'] as const)(
		'blocks when the need is larger and phasing is "%s"',
		(land_phasing) => {
			expect(matchLand(site, answers({ land_ha: 100.5, land_phasing }))).toMatchObject({
				outcome: 'not_met',
				key: 'land.not_met',
				blocking: true
			});
		}
	);

	it('is left out when the area is not answered', () => {
		expect(matchLand(site, answers({ land_ha: undefined }))).toBeUndefined();
	});
});

describe('matchFacility', () => {
	const site = aSite({
		facilities: {
			port: 'available',
			rail: 'planned',
			pipeline: 'not_available',
			motorway: 'unknown'
		}
	});

	it('is met for an available facility, with the fact and its source', () => {
		const c = matchFacility(site, 'port', 'must');
		expect(c).toMatchObject({
			criterion: 'port',
			outcome: 'met',
			key: 'facility.available',
			importance: 'must',
			blocking: false
		});
		expect(c?.fact).toBe(site.facilities.port);
		expect(c?.source).toBe(site.facilities.port?.source);
	});

	it('is partly met for a planned facility', () => {
		expect(matchFacility(site, 'rail', 'must')).toMatchObject({
			outcome: 'partly',
			key: 'facility.planned',
			blocking: false
		});
	});

	it.each(['motorway', 'high_power'] as const)(
		'is unknown, not blocking, when the status is unknown or missing (%s)',
		(id) => {
			expect(matchFacility(site, id, 'must')).toMatchObject({
				outcome: 'unknown',
				key: 'facility.unknown',
				blocking: false,
				points: 0
			});
		}
	);

	it('has no fact when the site says nothing about the facility', () => {
		expect(matchFacility(site, 'high_power', 'must')?.fact).toBeUndefined();
	});

	it('blocks a "must" that is not available', () => {
		expect(matchFacility(site, 'pipeline', 'must')).toMatchObject({
			outcome: 'not_met',
			key: 'facility.not_available',
			blocking: true
		});
	});

	it('does not block a "nice" that is not available, but costs points', () => {
		const c = matchFacility(site, 'pipeline', 'nice');
		expect(c).toMatchObject({ outcome: 'not_met', importance: 'nice', blocking: false });
		expect(c?.points).toBeLessThan(0);
	});

	it('weighs a "must" more than a "nice"', () => {
		expect(matchFacility(site, 'port', 'must')?.points).toBeGreaterThan(
			matchFacility(site, 'port', 'nice')?.points ?? 0
		);
	});

	it('is left out when it is not needed', () => {
		expect(matchFacility(site, 'port', 'none')).toBeUndefined();
	});
});

describe('matchRegion', () => {
	const site = aSite({ region: 'sjaelland' });

	it('is met when the site is in a preferred region', () => {
		expect(matchRegion(site, answers({ regions: ['nordjylland', 'sjaelland'] }))).toMatchObject({
			outcome: 'met',
			key: 'region.met',
			params: { region: 'sjaelland' },
			blocking: false
		});
	});

	it('is not met, without blocking and with fewer points, when it is not', () => {
		const c = matchRegion(site, answers({ regions: ['nordjylland'] }));
		expect(c).toMatchObject({ outcome: 'not_met', key: 'region.not_met', blocking: false });
		expect(c?.points).toBeLessThan(0);
	});

	it('counts a park in a merged region as inside the region it became (Region Østdanmark, 2027)', () => {
		const east = answers({ regions: ['oestdanmark'] });
		expect(matchRegion(site, east, content.regions)).toMatchObject({ outcome: 'met' });
		// Without the regions' mergers, and for a region merged beside it, it is outside.
		expect(matchRegion(site, east)).toMatchObject({ outcome: 'not_met' });
		expect(matchRegion(site, answers({ regions: ['hovedstaden'] }), content.regions)).toMatchObject(
			{ outcome: 'not_met' }
		);
		// The ranking passes the mergers on: Næstved, Kalundborg and Lolland fit with no region penalty.
		const ranking = rankSites(content.sites, east, undefined, undefined, content.regions);
		const inEast = ranking.fits.filter((m) =>
			m.criteria.some((c) => c.criterion === 'region' && c.outcome === 'met')
		);
		expect(ids(inEast).sort()).toEqual(['kalundborg', 'lolland', 'naestved']);
	});

	it('is left out with no preference', () => {
		expect(matchRegion(site, answers({ regions: ['no_preference'] }))).toBeUndefined();
		expect(matchRegion(site, answers({ regions: undefined }))).toBeUndefined();
	});
});

describe('matchTiming', () => {
	const pending = aSite({ timing: { status: 'pending' } });
	const longer = aSite({ timing: { status: 'longer' } });
	const unknown = aSite();

	it.each(['within_2y', 'in_2_5y', 'later'] as const)(
		'is partly met for a pending designation (%s)',
		(start_time) => {
			expect(matchTiming(pending, answers({ start_time }))).toMatchObject({
				outcome: 'partly',
				key: 'timing.pending',
				blocking: false
			});
		}
	);

	it.each([
		['within_2y', 'not_met', 'timing.longer_soon'],
		['in_2_5y', 'partly', 'timing.longer_mid'],
		['later', 'met', 'timing.longer_later']
	] as const)('for a longer horizon and start %s is %s', (start_time, outcome, key) => {
		const c = matchTiming(longer, answers({ start_time }));
		expect(c).toMatchObject({ outcome, key, blocking: false, params: { when: start_time } });
	});

	it('penalises a soon start at a longer-horizon site more than a mid-term start', () => {
		const soon = matchTiming(longer, answers({ start_time: 'within_2y' }))?.points ?? 0;
		const mid = matchTiming(longer, answers({ start_time: 'in_2_5y' }))?.points ?? 0;
		expect(soon).toBeLessThan(mid);
	});

	it('is unknown when the site has no timing information', () => {
		expect(matchTiming(unknown, answers({ start_time: 'within_2y' }))).toMatchObject({
			outcome: 'unknown',
			key: 'timing.unknown',
			points: 0
		});
	});

	it('is left out when the start is not answered', () => {
		expect(matchTiming(longer, answers({ start_time: undefined }))).toBeUndefined();
	});
});

describe('assessSite', () => {
	it('assesses the criteria in a fixed order, only those asked for', () => {
		const m = assessSite(
			aSite({ facilities: { env_distance: 'available' } }),
			answers({
				infrastructure: { rail: 'nice', port: 'must' },
				workforce: { labour_catchment: 'must' },
				env_demanding: 'yes',
				regions: ['syddanmark']
			})
		);
		expect(m.criteria.map((c) => c.criterion)).toEqual([
			'sector',
			'land',
			'port',
			'rail',
			'labour_catchment',
			'env_distance',
			'region',
			'timing'
		]);
	});

	it('checks the distance to housing as a must only for demanding production', () => {
		const site = aSite({ facilities: { env_distance: 'not_available' } });
		expect(
			assessSite(site, answers({ env_demanding: 'yes' })).blockers.map((b) => b.criterion)
		).toEqual(['env_distance']);
		expect(
			assessSite(site, answers({ env_demanding: 'dont_know' })).criteria.map((c) => c.criterion)
		).not.toContain('env_distance');
	});

	it('is a good fit only when everything shown is met; one unknown wish makes it "can fit"', () => {
		const facilities = Object.fromEntries(
			[...INFRASTRUCTURE_ITEMS, ...WORKFORCE_ITEMS, 'env_distance'].map((id) => [id, 'available'])
		);
		const known = aSite({ timing: { status: 'longer' }, facilities });
		const wants = answers({ start_time: 'later' });
		expect(assessSite(known, wants).fit).toBe('good');
		const portUnknown = aSite({ timing: { status: 'longer' }, facilities: { ...facilities } });
		delete portUnknown.facilities.port;
		const niceToHave = answers({ start_time: 'later', infrastructure: { port: 'nice' } });
		expect(assessSite(portUnknown, niceToHave).fit).toBe('unclear');
		// The timing, a preference, counts too: not known is not "good".
		expect(assessSite(aSite({ facilities }), answers({ start_time: 'later' })).fit).toBe('unclear');
	});

	it('is a partial fit when something is partly or not met without blocking', () => {
		expect(assessSite(aSite({ timing: { status: 'pending' } }), answers()).fit).toBe('partial');
		expect(assessSite(aSite(), answers({ regions: ['hovedstaden'] })).fit).toBe('partial');
	});

	it('cannot fit when a criterion blocks, and lists every blocker', () => {
		const m = assessSite(
			aSite({ land: { newPlotsHa: 10 }, facilities: { port: 'not_available' } }),
			answers({ land_ha: 40, infrastructure: { port: 'must' } })
		);
		expect(m.fit).toBe('cannot');
		expect(m.blockers.map((b) => b.criterion)).toEqual(['land', 'port']);
	});

	it('adds up the points of all criteria', () => {
		const m = assessSite(aSite(), answers({ regions: ['syddanmark'] }));
		expect(m.score).toBe(m.criteria.reduce((s, c) => s + c.points, 0));
		expect(m.score).toBeGreaterThan(
			assessSite(aSite(), answers({ regions: ['hovedstaden'] })).score
		);
	});
});

describe('rankSites', () => {
	const sites = [
		aSite({ id: 'b_far', region: 'hovedstaden' }),
		aSite({ id: 'c_small', land: { newPlotsHa: 5 } }),
		aSite({ id: 'a_near', region: 'syddanmark', facilities: { port: 'available' } }),
		aSite({ id: 'd_tie', region: 'syddanmark', facilities: { port: 'available' } }),
		aSite({ id: 'e_pending', region: 'syddanmark', timing: { status: 'pending' } })
	];
	const a = answers({ regions: ['syddanmark'], infrastructure: { port: 'nice' } });

	it('puts good fits before partial ones, better scores first, and breaks ties by id', () => {
		const r = rankSites(sites, a);
		expect(ids(r.fits)).toEqual(['a_near', 'd_tie', 'e_pending', 'b_far']);
	});

	it('explains every ranked site criterion by criterion, in the fixed order', () => {
		const r = rankSites(
			[aSite({ id: 'no_port', facilities: { port: 'not_available' } })],
			answers({ land_ha: 10, infrastructure: { port: 'must' }, regions: ['hovedstaden'] })
		);
		const [site] = r.cannotFit;
		expect(site?.criteria.map((c) => [c.criterion, c.outcome, c.key])).toEqual([
			['sector', 'met', 'sector.met'],
			['land', 'met', 'land.met'],
			['port', 'not_met', 'facility.not_available'],
			['region', 'not_met', 'region.not_met'],
			['timing', 'unknown', 'timing.unknown']
		]);
		expect(site?.blockers.map((b) => b.criterion)).toEqual(['port']);
	});

	it('never drops a site: the ones that cannot fit are listed with their blockers', () => {
		const r = rankSites(sites, a);
		expect(ids(r.cannotFit)).toEqual(['c_small']);
		expect(r.cannotFit[0]?.blockers).toEqual([
			expect.objectContaining({ criterion: 'land', key: 'land.not_met' })
		]);
		expect([...ids(r.fits), ...ids(r.cannotFit)].sort()).toEqual(sites.map((s) => s.id).sort());
	});

	it('is deterministic and does not depend on the input order', () => {
		const first = ids(rankSites(sites, a).fits);
		expect(ids(rankSites(sites, a).fits)).toEqual(first);
		expect(ids(rankSites([...sites].reverse(), a).fits)).toEqual(first);
	});

	it('breaks a score tie by more criteria met', () => {
		// A longer horizon with a late start is met for 0 points; unknown timing is unknown for 0 points.
		const r = rankSites(
			[aSite({ id: 'a_unknown_timing' }), aSite({ id: 'z_longer', timing: { status: 'longer' } })],
			answers({ start_time: 'later' })
		);
		expect(r.fits.map((m) => m.score)).toEqual([6, 6]);
		expect(ids(r.fits)).toEqual(['z_longer', 'a_unknown_timing']);
	});

	it('breaks a score and met tie by fewer unknowns', () => {
		const a = answers({
			sectors: ['wind_offshore'],
			infrastructure: { port: 'nice', rail: 'nice', pipeline: 'nice' }
		});
		const r = rankSites(
			[
				aSite({ id: 'a_unknown', sectors: ['maritime'] }),
				aSite({
					id: 'z_known',
					sectors: ['maritime'],
					facilities: { port: 'not_available', rail: 'planned', pipeline: 'planned' }
				})
			],
			a
		);
		expect(r.fits.map((m) => [m.fit, m.score])).toEqual([
			['partial', 2],
			['partial', 2]
		]);
		expect(ids(r.fits)).toEqual(['z_known', 'a_unknown']);
	});

	it('ranks nothing when there are no sites at all', () => {
		expect(rankSites([], answers())).toEqual({ fits: [], cannotFit: [] });
	});
});

describe('rankSites with the real content', () => {
	it('has 11 sites to rank', () => {
		expect(content.sites).toHaveLength(11);
	});

	it('ranks Esbjerg among the fits for 40 ha of wind production, with its land facts', () => {
		const r = rankSites(content.sites, answers({ sectors: ['wind_offshore'], land_ha: 40 }));
		const esbjerg = r.fits.find((m) => m.site.id === 'esbjerg');
		expect(esbjerg).toBeDefined();
		expect(esbjerg?.criteria.find((c) => c.criterion === 'land')).toMatchObject({
			outcome: 'met',
			key: 'land.met',
			params: { need: 40, available: 118 }
		});
		expect(esbjerg?.criteria.find((c) => c.criterion === 'sector')?.outcome).toBe('met');
		// Wind parks are ranked above parks with another focus.
		const top3 = ids(r.fits).slice(0, 3);
		expect(top3).toContain('esbjerg');
	});

	it('fits only Aabenraa (696 ha of new plots) for 600 ha without phasing', () => {
		const r = rankSites(content.sites, answers({ land_ha: 600, land_phasing: 'no' }));
		expect(ids(r.fits)).toEqual(['aabenraa']);
		expect(r.cannotFit).toHaveLength(10);
		expect(r.cannotFit.every((m) => m.blockers.some((b) => b.key === 'land.not_met'))).toBe(true);
	});

	it('fits every park for 600 ha when the project can be phased', () => {
		const r = rankSites(content.sites, answers({ land_ha: 600, land_phasing: 'yes' }));
		expect(r.fits).toHaveLength(11);
		expect(r.cannotFit).toEqual([]);
	});
});

describe('distance from where the company is today', () => {
	// Two sites that fit equally well: "west" scores a little higher (a port), "east" is nearer to Copenhagen.
	const west = aSite({
		id: 'west',
		location: { lat: 55.47, lng: 8.45 },
		facilities: { port: 'available' }
	});
	const east = aSite({ id: 'east', location: { lat: 55.64, lng: 12.08 } });
	const copenhagen = { lat: 55.68, lng: 12.57 };
	const a = answers({ infrastructure: { port: 'nice' } });

	it('puts the nearer of two parks equal in every other way first, once it knows where the company is', () => {
		// A review: a 2 ha workshop in Odense was shown Esbjerg (118 km) above Kerteminde (15 km) on equal terms.
		const far = aSite({ id: 'a_far', location: { lat: 55.47, lng: 8.45 } });
		const near = aSite({ id: 'z_near', location: { lat: 55.64, lng: 12.08 } });
		expect(ids(rankSites([far, near], a, copenhagen).fits)).toEqual(['z_near', 'a_far']);
		// Not knowing where it is, the order is as before (here the id).
		expect(ids(rankSites([far, near], a).fits)).toEqual(['a_far', 'z_near']);
		// A better score still wins over distance.
		expect(ids(rankSites([west, east], a, copenhagen).fits)).toEqual(['west', 'east']);
	});

	it('gives every site its straight-line distance when the company says where it is', () => {
		const ranked = rankSites([west, east], a, copenhagen);
		const km = Object.fromEntries(ranked.fits.map((m) => [m.site.id, m.distanceKm]));
		expect(km.east).toBeGreaterThan(25);
		expect(km.east).toBeLessThan(40);
		expect(km.west).toBeGreaterThan(250);
	});

	it('gives no distances without a location', () => {
		expect(rankSites([west, east], a).fits.every((m) => m.distanceKm === undefined)).toBe(true);
	});

	it('puts the nearest first within a level of fit when asked to', () => {
		expect(rankSites([west, east], a, copenhagen).fits.map((m) => m.site.id)).toEqual([
			'west',
			'east'
		]);
		expect(
			rankSites([west, east], { ...a, rank_by_distance: 'yes' }, copenhagen).fits.map(
				(m) => m.site.id
			)
		).toEqual(['east', 'west']);
	});

	it('never lets distance lift a site above a better band of fit', () => {
		const facilities = Object.fromEntries(
			[...INFRASTRUCTURE_ITEMS, ...WORKFORCE_ITEMS, 'env_distance'].map((id) => [id, 'available'])
		);
		const farGood = aSite({
			id: 'far',
			location: { lat: 57.05, lng: 9.92 },
			timing: { status: 'longer' },
			facilities
		});
		const nearButPartial = aSite({
			id: 'near',
			location: { lat: 55.7, lng: 12.5 },
			land: { newPlotsHa: 1, totalHa: 1 },
			timing: { status: 'longer' },
			facilities
		});
		const nearButUnknown = aSite({ id: 'near_unknown', location: { lat: 55.68, lng: 12.57 } });
		const wants = {
			...answers({ land_ha: 80, land_phasing: 'yes', start_time: 'later' }),
			rank_by_distance: 'yes' as const
		};
		const ranked = rankSites([nearButUnknown, farGood, nearButPartial], wants, copenhagen).fits;
		expect(ranked.map((m) => [m.site.id, m.fit])).toEqual([
			['far', 'good'],
			// "Kan passe" and "Delvis" are one band: the nearest first within it.
			['near_unknown', 'unclear'],
			['near', 'partial']
		]);
	});
});

describe('nearerDecides', () => {
	const near = aSite({ id: 'near', location: { lat: 55.4, lng: 10.4 } });
	const far = aSite({ id: 'far', location: { lat: 57.0, lng: 10.0 } });
	const odense = { lat: 55.4, lng: 10.39 };

	it('says when the best park is first only because it is nearer (review 21)', () => {
		const { fits } = rankSites([far, near], answers(), odense);
		expect(fits.map((m) => m.site.id)).toEqual(['near', 'far']);
		expect(nearerDecides(fits[0], fits[1])).toBe(true);
	});

	it('not when something the ranking weighs first decides, nor without a place', () => {
		const better = aSite({ ...far, id: 'better', facilities: { port: 'available' } });
		const a = answers({ infrastructure: { port: 'must' } });
		const { fits } = rankSites([near, better], a, odense);
		expect(fits[0]?.site.id).toBe('better');
		expect(nearerDecides(fits[0], fits[1])).toBe(false);
		const unplaced = rankSites([far, near], answers()).fits;
		expect(nearerDecides(unplaced[0], unplaced[1])).toBe(false);
		expect(nearerDecides(unplaced[0], undefined)).toBe(false);
	});
});

describe('tiedWithBest', () => {
	const small = aSite({ id: 'small', land: { newPlotsHa: 20 } });
	const large = aSite({ id: 'large', land: { newPlotsHa: 200 } });
	const port = aSite({ id: 'port', facilities: { port: 'available' } });

	it('names the parks the answers cannot tell from the best; free land put one first (review 22, G4)', () => {
		const { fits } = rankSites([small, large], answers({ land_ha: 5 }));
		expect(ids(fits)).toEqual(['large', 'small']);
		expect(ids(tiedWithBest(fits))).toEqual(['small']);
	});

	it('none when an answer tells them apart, or a distance does', () => {
		const a = answers({ infrastructure: { port: 'nice' } });
		expect(tiedWithBest(rankSites([small, port], a).fits)).toEqual([]);
		const placed = rankSites([small, large], answers({ land_ha: 5 }), {
			lat: 55.4,
			lng: 10.39
		}).fits;
		expect(tiedWithBest(placed)).toEqual([]);
		expect(tiedWithBest([])).toEqual([]);
	});
});

describe('bestFew', () => {
	const a = answers({ infrastructure: { port: 'nice' } });
	const tiedIds = ['t0', 't1', 't2', 't3'];
	const { fits } = rankSites(
		[
			...tiedIds.map((id) => aSite({ id, facilities: { port: 'available' } })),
			...['o1', 'o2', 'o3'].map((id) => aSite({ id }))
		],
		a
	);
	const byId = (...wanted: string[]) => fits.filter((m) => wanted.includes(m.site.id));

	it('gives the first three, and every further park that fits as well as the best (review 22, G4)', () => {
		expect(ids(fits.slice(0, 4)).sort()).toEqual(tiedIds);
		expect(ids(bestFew(fits, fits)).sort()).toEqual(tiedIds);
		expect(bestFew(byId('o1', 'o2', 'o3'), fits)).toHaveLength(3);
	});

	it('in a part of the ranking, counts only the tied parks it holds (code review 24)', () => {
		// Three of the four tied parks left out (another region, say): three parks, not four.
		expect(ids(bestFew(byId('t0', 'o1', 'o2', 'o3'), fits))).toHaveLength(3);
		// A tied park after three others is still named.
		expect(ids(bestFew([...byId('o1', 'o2', 'o3'), ...byId('t3')], fits))).toEqual([
			'o1',
			'o2',
			'o3',
			't3'
		]);
	});
});
