// "What would change the result": the one or two answers whose change would let a blocked park fit or put another
// park first. Each candidate change is tried by ranking again, so every sentence on screen is a computed fact.
import type { GeoPoint } from './distance';
import { rankSites, tiedWithBest, type SiteRanking } from './match-sites';
import {
	INFRASTRUCTURE_ITEMS,
	WORKFORCE_ITEMS,
	type Answers,
	type FacilityId,
	type Need,
	type Region,
	type Site
} from './types';

/** One answer changed, in words the result page can say. */
export type Change =
	/** A requirement ("must") as nice to have. */
	| { kind: 'relax'; item: FacilityId }
	/** A nice-to-have as a requirement: it can put another park first, never let more in. */
	| { kind: 'require'; item: FacilityId }
	/** The project can be built in phases (land_phasing = yes). */
	| { kind: 'phasing' }
	/** Needing at most `ha` hectares (the most new land of a park that only land keeps out). */
	| { kind: 'less_land'; ha: number }
	/** No preference for a region. */
	| { kind: 'any_region' }
	/** Production may start later (start_time). */
	| { kind: 'later_start'; when: 'in_2_5y' | 'later' };

/**
 * What the change does: parks that would fit (and do not now), or the park that would come first – several when
 * they would fit equally well (the order among them is not the answers').
 */
export type Effect = { kind: 'fits'; sites: string[] } | { kind: 'new_top'; sites: string[] };

export interface WhatWouldChange {
	change: Change;
	effect: Effect;
}

/** At most this many: the summary names the changes that matter, not every possible one. */
export const MAX_CHANGES = 2;

/** A park a change lets in is named only if it would then be among this many best (see whatWouldChange). */
const TOP_PARKS = 3;

/** The changes worth trying for these answers, each with the answers it gives. */
function candidates(
	answers: Answers,
	ranking: SiteRanking
): { change: Change; answers: Answers }[] {
	const out: { change: Change; answers: Answers }[] = [];
	const needs = [
		['infrastructure', INFRASTRUCTURE_ITEMS],
		['workforce', WORKFORCE_ITEMS]
	] as const;
	for (const [question, items] of needs) {
		for (const item of items) {
			const need = (answers[question] as Record<string, Need> | undefined)?.[item];
			if (need !== 'must' && need !== 'nice') continue;
			out.push({
				change: { kind: need === 'must' ? 'relax' : 'require', item },
				answers: {
					...answers,
					[question]: { ...answers[question], [item]: need === 'must' ? 'nice' : 'must' }
				}
			});
		}
	}
	const landOnly = ranking.cannotFit.filter((m) => m.blockers.every((b) => b.criterion === 'land'));
	if (landOnly.length > 0 && answers.land_phasing !== 'yes')
		out.push({ change: { kind: 'phasing' }, answers: { ...answers, land_phasing: 'yes' } });
	const landBlocked = ranking.cannotFit.filter((m) =>
		m.blockers.some((b) => b.criterion === 'land')
	);
	const most = Math.max(0, ...landBlocked.map((m) => m.site.land.newPlotsHa));
	if (most > 0)
		out.push({ change: { kind: 'less_land', ha: most }, answers: { ...answers, land_ha: most } });
	if (answers.regions?.length && !answers.regions.includes('no_preference'))
		out.push({
			change: { kind: 'any_region' },
			answers: { ...answers, regions: ['no_preference'] }
		});
	if (answers.start_time === 'within_2y' || answers.start_time === 'in_2_5y') {
		const when = answers.start_time === 'within_2y' ? 'in_2_5y' : 'later';
		out.push({ change: { kind: 'later_start', when }, answers: { ...answers, start_time: when } });
	}
	return out;
}

/**
 * The changes tried for these answers, one of each kind (the first, in the order of the questions), with the value
 * tried: when none of them has an effect, the result says what was tried and no more (review 25, A1: it said no change
 * of region or timing would put another park first, but only a loosened answer is tried, one step later or one area
 * smaller; choosing another region, or a start much later, may well put another park first).
 * @example changesTried({ regions: ['sjaelland'], start_time: 'within_2y' }, ranking)
 *   // [{ kind: 'any_region' }, { kind: 'later_start', when: 'in_2_5y' }]
 */
export function changesTried(answers: Answers, ranking: SiteRanking): Change[] {
	const tried: Change[] = [];
	for (const { change } of candidates(answers, ranking))
		if (!tried.some((t) => t.kind === change.kind)) tried.push(change);
	return tried;
}

/**
 * For every result, not only when nothing fits: the changes of one answer that would let more parks fit (most
 * parks first) or, failing that, put another park first. A change with no effect is not mentioned.
 * @example whatWouldChange(sites, { land_ha: 800, land_phasing: 'no' }, ranking)
 *   // [{ change: { kind: 'phasing' }, effect: { kind: 'fits', sites: [...] } }, ...]
 */
export function whatWouldChange(
	sites: readonly Site[],
	answers: Answers,
	ranking: SiteRanking,
	origin?: GeoPoint,
	/** As for rankSites. */
	year?: number,
	regions: readonly Region[] = []
): WhatWouldChange[] {
	const fitsNow = new Set(ranking.fits.map((m) => m.site.id));
	const topNow = ranking.fits[0]?.site.id;
	const found: WhatWouldChange[] = [];
	for (const c of candidates(answers, ranking)) {
		const after = rankSites(sites, c.answers, origin, year, regions);
		// Where parks fit already, a park let in counts only if it would be among the best three: one let in at the
		// bottom changes nothing a company acts on (review 21: "if a port is nice to have, Ikast-Brande fits" for a PtX
		// project, Ikast-Brande then last). Where none fits, every park let in counts.
		const newlyFit = after.fits
			.slice(0, fitsNow.size === 0 ? undefined : TOP_PARKS)
			.map((m) => m.site.id)
			.filter((id) => !fitsNow.has(id));
		const first = after.fits[0];
		// The parks that would come first: with those as good a fit by the answers, which only the order separates.
		const firsts = first ? [first, ...tiedWithBest(after.fits)].map((m) => m.site.id) : [];
		if (newlyFit.length > 0)
			found.push({ change: c.change, effect: { kind: 'fits', sites: newlyFit } });
		// Another park first, unless the present first one is among those that would fit equally well (review 22:
		// "if the region does not matter, Aalborg comes first", one of eight parks with the same rows).
		else if (firsts.length > 0 && topNow !== undefined && !firsts.includes(topNow))
			found.push({ change: c.change, effect: { kind: 'new_top', sites: firsts } });
	}
	// Most parks let in first; then a new first park (a requirement relaxed before a wish made one). Stable, so
	// equal ones keep the order of the questions.
	const weight = (w: WhatWouldChange) => (w.effect.kind === 'fits' ? w.effect.sites.length : 0);
	return found.sort((a, b) => weight(b) - weight(a)).slice(0, MAX_CHANGES);
}
