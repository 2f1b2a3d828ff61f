// "What would change the result": computed by ranking again, for every result, at most two changes.
import { describe, expect, it } from 'vitest';
import { content } from '../../src/data/index';
import { rankSites } from '../../src/domain/match-sites';
import { MAX_CHANGES, changesTried, whatWouldChange } from '../../src/domain/what-would-change';
import type { Answers, Site } from '../../src/domain/types';
import { aSite, answers } from '../builders/answers';

const changesFor = (sites: readonly Site[], a: Answers) =>
	whatWouldChange(sites, a, rankSites(sites, a));

describe('what would change the result (synthetic parks)', () => {
	it('names the requirement that keeps a park out, and the park it would let in', () => {
		const sites = [
			aSite({ id: 'a', facilities: { port: 'available' } }),
			aSite({ id: 'b', facilities: { port: 'not_available' } })
		];
		expect(changesFor(sites, answers({ infrastructure: { port: 'must' } }))).toEqual([
			{ change: { kind: 'relax', item: 'port' }, effect: { kind: 'fits', sites: ['b'] } }
		]);
	});

	it('when nothing fits for lack of land: phasing (every park) before less land (the largest park)', () => {
		const sites = [
			aSite({ id: 'a', land: { newPlotsHa: 50 } }),
			aSite({ id: 'b', land: { newPlotsHa: 80 } })
		];
		const a = answers({ land_ha: 100, land_phasing: 'no' });
		expect(rankSites(sites, a).fits).toEqual([]);
		expect(changesFor(sites, a)).toEqual([
			{ change: { kind: 'phasing' }, effect: { kind: 'fits', sites: ['b', 'a'] } },
			{ change: { kind: 'less_land', ha: 80 }, effect: { kind: 'fits', sites: ['b'] } }
		]);
	});

	it('does not offer phasing when a park is blocked by more than land, or when the project is phased', () => {
		const blocked = [
			aSite({ id: 'a', land: { newPlotsHa: 50 }, facilities: { port: 'not_available' } })
		];
		const a = answers({ land_ha: 100, land_phasing: 'no', infrastructure: { port: 'must' } });
		expect(changesFor(blocked, a).map((w) => w.change.kind)).not.toContain('phasing');
		const phased = [aSite({ id: 'a', land: { newPlotsHa: 50 } })];
		// Phased, the park fits already (land partly met): nothing to say about land.
		expect(changesFor(phased, answers({ land_ha: 100, land_phasing: 'yes' }))).toEqual([]);
	});

	it('names a region preference that puts another park first when nothing is blocked', () => {
		const sites = [
			aSite({ id: 'north', region: 'nordjylland', sectors: ['maritime'] }),
			aSite({ id: 'south', region: 'syddanmark', sectors: ['food_tech'] })
		];
		const a = answers({ sectors: ['maritime'], regions: ['syddanmark'] });
		expect(rankSites(sites, a).fits[0]?.site.id).toBe('south');
		expect(changesFor(sites, a)).toEqual([
			{ change: { kind: 'any_region' }, effect: { kind: 'new_top', sites: ['north'] } }
		]);
	});

	it('does not name a park that would come first only as one of several that fit equally well (review 22, G4)', () => {
		const sites = [
			aSite({ id: 'north', region: 'nordjylland', land: { newPlotsHa: 300 } }),
			aSite({ id: 'west', region: 'midtjylland', land: { newPlotsHa: 200 } }),
			aSite({ id: 'south', region: 'syddanmark' })
		];
		const a = answers({ land_ha: 5, regions: ['syddanmark'] });
		expect(rankSites(sites, a).fits[0]?.site.id).toBe('south');
		// Any region: north first by its free land alone, as good a fit as west and south.
		expect(changesFor(sites, a)).toEqual([]);
	});

	it('names all the parks that would come first equally well when the present one is not among them (review 22)', () => {
		const sites = [
			aSite({ id: 'north', region: 'nordjylland', facilities: { port: 'available' } }),
			aSite({ id: 'west', region: 'midtjylland', facilities: { port: 'available' } }),
			aSite({ id: 'south', region: 'syddanmark', facilities: { port: 'not_available' } })
		];
		const a = answers({ land_ha: 5, regions: ['syddanmark'], infrastructure: { port: 'nice' } });
		expect(rankSites(sites, a).fits[0]?.site.id).toBe('south');
		const both = { kind: 'new_top', sites: ['north', 'west'] };
		expect(changesFor(sites, a)).toEqual([
			{ change: { kind: 'require', item: 'port' }, effect: both },
			{ change: { kind: 'any_region' }, effect: both }
		]);
	});

	it('names a wish that, as a requirement, would put another park first', () => {
		const sites = [
			aSite({ id: 'a', sectors: ['maritime'], facilities: { rail: 'not_available' } }),
			aSite({ id: 'b', sectors: ['food_tech'], facilities: { rail: 'available' } })
		];
		const a = answers({ sectors: ['maritime'], infrastructure: { rail: 'nice' } });
		expect(rankSites(sites, a).fits[0]?.site.id).toBe('a');
		expect(changesFor(sites, a)).toEqual([
			{ change: { kind: 'require', item: 'rail' }, effect: { kind: 'new_top', sites: ['b'] } }
		]);
	});

	it('says nothing about a change that changes nothing', () => {
		const sites = [aSite({ id: 'a', facilities: { port: 'available' } })];
		expect(changesFor(sites, answers({ infrastructure: { port: 'must' } }))).toEqual([]);
		expect(changesFor([], answers())).toEqual([]);
	});
});

describe('what would change the result (the 11 parks)', () => {
	it('a maritime company that needs a port and rail: not "with a port only nice to have, Ikast-Brande fits" (it would come last), but rail nice to have puts Kerteminde first', () => {
		const a = answers({
			sectors: ['maritime'],
			land_ha: 10,
			infrastructure: { port: 'must', rail: 'must' }
		});
		expect(rankSites(content.sites, a).cannotFit.map((m) => m.site.id)).toEqual(['ikast_brande']);
		const relaxed = { ...a, infrastructure: { port: 'nice', rail: 'must' } } as const;
		expect(rankSites(content.sites, relaxed).fits.at(-1)?.site.id).toBe('ikast_brande');
		const changes = changesFor(content.sites, a);
		expect(changes.some((w) => w.change.kind === 'relax' && w.change.item === 'port')).toBe(false);
		expect(changes[0]).toEqual({
			change: { kind: 'relax', item: 'rail' },
			effect: { kind: 'new_top', sites: ['kerteminde'] }
		});
	});

	it('names a park a relaxed requirement lets in when it would be among the best three (review 21)', () => {
		// A park that is best by far but for one requirement: relaxing it lets the park in at the top.
		const best = aSite({
			id: 'best',
			sectors: ['maritime'],
			facilities: { port: 'not_available' }
		});
		const other = aSite({ id: 'other', sectors: [] });
		const a = answers({ sectors: ['maritime'], infrastructure: { port: 'must' } });
		expect(changesFor([best, other], a)[0]).toEqual({
			change: { kind: 'relax', item: 'port' },
			effect: { kind: 'fits', sites: ['best'] }
		});
	});

	it('5,000 ha without phasing fits nowhere: phasing lets all 11 in, 696 ha lets Aabenraa in', () => {
		const a = answers({ land_ha: 5000, land_phasing: 'no' });
		const changes = changesFor(content.sites, a);
		expect(changes[0]?.change).toEqual({ kind: 'phasing' });
		expect(changes[0]?.effect.kind === 'fits' && changes[0].effect.sites).toHaveLength(11);
		expect(changes[1]).toEqual({
			change: { kind: 'less_land', ha: 696 },
			effect: { kind: 'fits', sites: ['aabenraa'] }
		});
	});

	it(`never names more than ${MAX_CHANGES} changes, and each one really changes the ranking`, () => {
		const a = answers({
			sectors: ['hydrogen_ptx'],
			land_ha: 40,
			infrastructure: { high_power: 'must', port: 'must', pipeline: 'must', rail: 'nice' },
			regions: ['syddanmark'],
			start_time: 'within_2y'
		});
		const before = rankSites(content.sites, a);
		const changes = whatWouldChange(content.sites, a, before);
		expect(changes.length).toBeGreaterThan(0);
		expect(changes.length).toBeLessThanOrEqual(MAX_CHANGES);
		for (const w of changes) {
			if (w.effect.kind === 'fits')
				for (const id of w.effect.sites)
					expect(before.fits.map((m) => m.site.id)).not.toContain(id);
			else expect(w.effect.sites).not.toContain(before.fits[0]?.site.id);
		}
	});
});

describe('what was tried (said when nothing would change the result: review 25, A1)', () => {
	const sites = [aSite({ id: 'a' }), aSite({ id: 'b' })];
	const tried = (a: Answers) => changesTried(a, rankSites(sites, a)).map((c) => c.kind);

	it('names only the kinds of change the guide works out for these answers, each once', () => {
		expect(
			tried({
				infrastructure: { port: 'must', rail: 'must', motorway: 'nice' },
				regions: ['sjaelland'],
				start_time: 'within_2y'
			})
		).toEqual(['relax', 'require', 'any_region', 'later_start']);
	});

	it('names no region and no needs when the answers hold none (an early result, no preference)', () => {
		expect(tried({ regions: ['no_preference'], start_time: 'later', land_ha: 2 })).toEqual([]);
		expect(tried({ regions: ['midtjylland'] })).toEqual(['any_region']);
	});
});

describe('what was tried says the value tried (code review 25, D1)', () => {
	it('a later start one step later, less land as the area tried', () => {
		const sites = [aSite({ id: 'a', land: { newPlotsHa: 50 } }), aSite({ id: 'b' })];
		const a = answers({ land_ha: 100, land_phasing: 'no', start_time: 'within_2y' });
		expect(changesTried(a, rankSites(sites, a))).toEqual(
			expect.arrayContaining([
				{ kind: 'less_land', ha: 50 },
				{ kind: 'later_start', when: 'in_2_5y' }
			])
		);
	});
});
