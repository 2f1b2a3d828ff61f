// Ranking sites against the answers, criterion by criterion, with explanations; never drops a site silently.
import { distanceKm, isValidPoint, type GeoPoint } from './distance';
import type { Answers, FacilityFact, FacilityId, Need, Region, Site, Source } from './types';
import { liesIn } from './regions';
import { INFRASTRUCTURE_ITEMS, WORKFORCE_ITEMS } from './types';

export type Outcome = 'met' | 'partly' | 'unknown' | 'not_met' | 'info';
export type Importance = 'must' | 'nice' | 'preference';

export interface CriterionResult {
	/** 'sector' | 'land' | 'region' | 'timing' | a FacilityId */
	criterion: 'sector' | 'land' | 'region' | 'timing' | FacilityId;
	outcome: Outcome;
	importance: Importance;
	/** i18n key (under `result.criterion.`) explaining the outcome. */
	key: string;
	params: Record<string, string | number>;
	/** True when this criterion alone means the site cannot fit. */
	blocking: boolean;
	fact?: FacilityFact;
	source?: Source;
	points: number;
}

/**
 * good: every criterion met (or only informational); unclear: nothing known to be wrong, but a requirement or a
 * wish is not known at the site; partial: a wish or preference is not (fully) met; cannot: a requirement is not met.
 * Within a level the score decides, so a park with its requirements met and only a wish unknown comes before one
 * whose requirement is unknown (an unknown requirement scores nothing).
 */
export type FitLevel = 'good' | 'unclear' | 'partial' | 'cannot';

export interface SiteMatch {
	site: Site;
	score: number;
	fit: FitLevel;
	criteria: CriterionResult[];
	blockers: CriterionResult[];
	/** Straight-line km from where the company is today, when it said (rounded as shown; see distance.ts). */
	distanceKm?: number;
}

export interface SiteRanking {
	fits: SiteMatch[];
	cannotFit: SiteMatch[];
}

/** One criterion's result; `source` and `fact` only when known. */
function criterion(
	id: CriterionResult['criterion'],
	importance: Importance,
	outcome: Outcome,
	key: string,
	params: CriterionResult['params'],
	blocking: boolean,
	points: number,
	source?: Source,
	fact?: FacilityFact
): CriterionResult {
	const result: CriterionResult = {
		criterion: id,
		outcome,
		importance,
		key,
		params,
		blocking,
		points
	};
	if (source) result.source = source;
	if (fact) result.fact = fact;
	return result;
}

const POINTS = {
	sectorMet: 4,
	/** Each further chosen sector in the park's focus: a park that focuses on more of them ranks higher. */
	sectorExtra: 1,
	sectorPartly: 2,
	landMet: 2,
	must: { available: 3, planned: 1.5, not_available: 0 },
	nice: { available: 1, planned: 0.5, not_available: -1 },
	regionMet: 2,
	regionNotMet: -3,
	timingNotMet: -2,
	timingPartly: -1
} as const;

/** Sector fit: any chosen sector among the site's focus sectors, or only among its longer-term ones. */
export function matchSector(site: Site, answers: Answers): CriterionResult | undefined {
	const chosen = answers.sectors;
	if (!chosen || chosen.length === 0) return undefined;
	const result = (
		outcome: Outcome,
		key: string,
		params: CriterionResult['params'],
		points: number
	) => criterion('sector', 'preference', outcome, key, params, false, points, site.focusSource);
	if (chosen.length === 1 && chosen[0] === 'other') return result('info', 'sector.other', {}, 0);
	const hits = chosen.filter((s) => site.sectors.includes(s));
	if (hits.length > 0)
		return result(
			'met',
			'sector.met',
			{ sectors: hits.join(',') },
			POINTS.sectorMet + (hits.length - 1) * POINTS.sectorExtra
		);
	const later = chosen.filter((s) => site.partialSectors.includes(s));
	if (later.length > 0)
		return result('partly', 'sector.later', { sectors: later.join(',') }, POINTS.sectorPartly);
	return result('not_met', 'sector.not_met', { sectors: site.sectors.join(',') }, 0);
}

/**
 * Land fit against the new building plots. Too little land blocks the site unless the project can be phased; a
 * company that does not know its land yet is told what each park has (unknown: nothing to rank on).
 * @example matchLand(esbjerg, { land_ha: 40 }) // outcome 'met', params { need: 40, available: 118 }
 */
export function matchLand(site: Site, answers: Answers): CriterionResult | undefined {
	const need = answers.land_ha;
	if (need === undefined) return undefined;
	const park = {
		available: site.land.newPlotsHa,
		total: site.land.totalHa,
		approx: site.land.approximate ? 1 : 0
	};
	if (need === 'dont_know')
		return criterion('land', 'must', 'unknown', 'land.dont_know', park, false, 0, site.land.source);
	const params = { need, ...park };
	const result = (outcome: Outcome, key: string, blocking: boolean, points: number) =>
		criterion('land', 'must', outcome, key, params, blocking, points, site.land.source);
	if (need <= site.land.newPlotsHa) return result('met', 'land.met', false, POINTS.landMet);
	if (answers.land_phasing === 'yes') return result('partly', 'land.phased', false, 0);
	return result('not_met', 'land.not_met', true, 0);
}

/**
 * The last year in which production must start: two or five years after `year` (the year the data were checked) for
 * "within 2 years" and "in 2–5 years"; undefined when there is no such limit.
 */
export function startHorizon(when: Answers['start_time'], year?: number): number | undefined {
	if (year === undefined) return undefined;
	if (when === 'within_2y') return year + 2;
	if (when === 'in_2_5y') return year + 5;
	return undefined;
}

/**
 * One facility need (infrastructure, workforce or distance to housing) against what is known at the site. A planned
 * facility expected after `horizon` (the start's last year) is not there when production starts: not met.
 */
export function matchFacility(
	site: Site,
	id: FacilityId,
	need: Need,
	horizon?: number
): CriterionResult | undefined {
	if (need === 'none') return undefined;
	const fact = site.facilities[id];
	const status = fact?.status ?? 'unknown';
	const table = need === 'must' ? POINTS.must : POINTS.nice;
	const result = (outcome: Outcome, key: string, blocking: boolean, points: number) =>
		criterion(id, need, outcome, key, { item: id }, blocking, points, fact?.source, fact);
	switch (status) {
		case 'available':
			return result('met', 'facility.available', false, table.available);
		case 'planned':
			if (horizon !== undefined && fact?.expected && Number(fact.expected.slice(0, 4)) > horizon)
				return result('not_met', 'facility.planned_late', need === 'must', table.not_available);
			return result('partly', 'facility.planned', false, table.planned);
		case 'not_available':
			return result('not_met', 'facility.not_available', need === 'must', table.not_available);
		default:
			return result('unknown', 'facility.unknown', false, 0);
	}
}

/** The preferred regions; a region that was merged lies in the one it became (`regions`, see regions.ts). */
export function matchRegion(
	site: Site,
	answers: Answers,
	regions: readonly Region[] = []
): CriterionResult | undefined {
	const chosen = answers.regions;
	if (!chosen || chosen.length === 0 || chosen.includes('no_preference')) return undefined;
	const inside = chosen.some((r) => liesIn(site.region, r, regions));
	return {
		criterion: 'region',
		importance: 'preference',
		outcome: inside ? 'met' : 'not_met',
		key: inside ? 'region.met' : 'region.not_met',
		params: { region: site.region },
		blocking: false,
		points: inside ? POINTS.regionMet : POINTS.regionNotMet
	};
}

/** Timing: the brochure's caveats (pending designation, longer horizon) against when production must start. */
export function matchTiming(site: Site, answers: Answers): CriterionResult | undefined {
	const when = answers.start_time;
	if (!when) return undefined;
	const result = (outcome: Outcome, key: string, points: number) =>
		criterion('timing', 'preference', outcome, key, { when }, false, points, site.timing.source);
	if (site.timing.status === 'pending')
		return result('partly', 'timing.pending', POINTS.timingPartly);
	if (site.timing.status === 'longer') {
		if (when === 'within_2y') return result('not_met', 'timing.longer_soon', POINTS.timingNotMet);
		if (when === 'in_2_5y') return result('partly', 'timing.longer_mid', POINTS.timingPartly);
		return result('met', 'timing.longer_later', 0);
	}
	return result('unknown', 'timing.unknown', 0);
}

/**
 * Every criterion for one site, in a fixed order. `year`: the year the start window counts from (see startHorizon).
 */
export function assessSite(
	site: Site,
	answers: Answers,
	year?: number,
	regions: readonly Region[] = []
): SiteMatch {
	const horizon = startHorizon(answers.start_time, year);
	const criteria: CriterionResult[] = [];
	const push = (c: CriterionResult | undefined) => {
		if (c) criteria.push(c);
	};
	push(matchSector(site, answers));
	push(matchLand(site, answers));
	for (const id of INFRASTRUCTURE_ITEMS)
		push(matchFacility(site, id, answers.infrastructure?.[id] ?? 'none', horizon));
	for (const id of WORKFORCE_ITEMS)
		push(matchFacility(site, id, answers.workforce?.[id] ?? 'none', horizon));
	if (answers.env_demanding === 'yes') push(matchFacility(site, 'env_distance', 'must'));
	push(matchRegion(site, answers, regions));
	push(matchTiming(site, answers));
	const blockers = criteria.filter((c) => c.blocking);
	const score = criteria.reduce((sum, c) => sum + c.points, 0);
	return { site, score, fit: fitLevel(criteria, blockers), criteria, blockers };
}

function fitLevel(criteria: CriterionResult[], blockers: CriterionResult[]): FitLevel {
	if (blockers.length > 0) return 'cannot';
	if (criteria.some((c) => c.outcome === 'not_met' || c.outcome === 'partly')) return 'partial';
	// Not "good" while anything shown is not known: "God match" would read as "this park works" (a review found
	// "God" over two unknown wishes, one of them the timing).
	if (criteria.some((c) => c.outcome === 'unknown')) return 'unclear';
	return 'good';
}

/** The levels of fit, best first. */
export const FIT_LEVELS: readonly FitLevel[] = ['good', 'unclear', 'partial', 'cannot'];
/**
 * The ranking's bands. "Kan passe" (something not known) and "Delvis" (a wish not met, a requirement only planned)
 * share one: between them the score decides, as it does within a level. Ranked apart, every park with an unknown came
 * before every park with a known shortfall: for a Power-to-X plant that must have a quay and a pipeline, an inland park
 * where port, pipeline and power were all unknown came before Aalborg with its port and a pipeline planned (review 17).
 */
const FIT_ORDER: Record<FitLevel, number> = { good: 0, unclear: 1, partial: 1, cannot: 2 };

/** A site's assessment with what the ranking compares besides fit and score, counted once per site. */
interface Ranked {
	match: SiteMatch;
	met: number;
	unknown: number;
	/** Facilities the guide knows at the site (any status but unknown), asked for or not. */
	known: number;
}

function ranked(match: SiteMatch): Ranked {
	const count = (outcome: Outcome) => match.criteria.filter((c) => c.outcome === outcome).length;
	const known = Object.values(match.site.facilities).filter(
		(f) => f !== undefined && f.status !== 'unknown'
	).length;
	return { match, met: count('met'), unknown: count('unknown'), known };
}

/**
 * The ranking, in a few sentences: parks that fit come first, then those that might fit or fit partly, then those
 * that cannot. Within the middle band the score decides whether something is unknown or falls short: it adds points
 * for each wish met (a requirement counts more than
 * a nice-to-have, a planned facility half, more of the chosen sectors more) and subtracts for a region or timing
 * that does not suit. A facility planned for after the company's start (counted from the year the data were checked)
 * is not met: a park cannot fit a requirement it will only have later. Equal scores go to the park that meets more
 * wishes, then has fewer unanswered ones, then is nearer to where the company is today (when it said so), then about
 * which more is known, then with more free land. The id decides only between parks equal in all of that, so the order is always the same.
 */
function compareRanked(a: Ranked, b: Ranked): number {
	// As compareByDistance: a park without a distance after one with it (both Infinity: no difference).
	const near = (a.match.distanceKm ?? Infinity) - (b.match.distanceKm ?? Infinity);
	return (
		FIT_ORDER[a.match.fit] - FIT_ORDER[b.match.fit] ||
		b.match.score - a.match.score ||
		b.met - a.met ||
		a.unknown - b.unknown ||
		(Number.isNaN(near) ? 0 : near) ||
		b.known - a.known ||
		b.match.site.land.newPlotsHa - a.match.site.land.newPlotsHa ||
		(a.match.site.id < b.match.site.id ? -1 : a.match.site.id > b.match.site.id ? 1 : 0)
	);
}

/** Equal in all that the company's answers decide in the ranking: fit, score, wishes met, unanswered ones. */
function equalByAnswers(a: Ranked, b: Ranked): boolean {
	return (
		FIT_ORDER[a.match.fit] === FIT_ORDER[b.match.fit] &&
		a.match.score === b.match.score &&
		a.met === b.met &&
		a.unknown === b.unknown
	);
}

/**
 * Whether `first` comes before `second` only because it is nearer to where the company is: equal in all that the
 * ranking weighs before the distance (review 21: choosing a municipality changed the best park without a word).
 */
export function nearerDecides(
	first: SiteMatch | undefined,
	second: SiteMatch | undefined
): boolean {
	if (first?.distanceKm === undefined || second?.distanceKm === undefined) return false;
	return equalByAnswers(ranked(first), ranked(second)) && first.distanceKm < second.distanceKm;
}

/**
 * The parks as good a fit as the first on all that the company's answers decide and not told apart by a distance:
 * the first is first only by what the guide knows of each or their free land (review 22: four parks with the same
 * rows, one of them named "passer bedst" without a word). Empty when none is.
 */
export function tiedWithBest(fits: readonly SiteMatch[]): SiteMatch[] {
	const [best, ...rest] = fits;
	if (!best || best.distanceKm !== undefined) return [];
	const b = ranked(best); // once, not once per park
	// Ranked without distances, the parks equal to the first come right after it: stop at the first that is not.
	const tied: SiteMatch[] = [];
	for (const m of rest) {
		if (m.distanceKm !== undefined || !equalByAnswers(ranked(m), b)) break;
		tied.push(m);
	}
	return tied;
}

/**
 * The first three of `list` (in its order), and after them any further ones that fit as well as the best of `fits`
 * (tiedWithBest): "the best parks" never names three of four that the answers cannot tell apart (review 22, G4).
 * `list` may be `fits` itself or a part of it (the parks in the chosen regions).
 */
export function bestFew(list: readonly SiteMatch[], fits: readonly SiteMatch[]): SiteMatch[] {
	const tied = new Set([fits[0], ...tiedWithBest(fits)]);
	return list.filter((m, i) => i < 3 || tied.has(m));
}

/** Within one band of fit (see FIT_ORDER), the nearest first (when asked for and known), then as compareRanked. */
function compareByDistance(a: Ranked, b: Ranked): number {
	const near = (a.match.distanceKm ?? Infinity) - (b.match.distanceKm ?? Infinity);
	return (
		FIT_ORDER[a.match.fit] - FIT_ORDER[b.match.fit] ||
		(Number.isNaN(near) ? 0 : near) ||
		compareRanked(a, b)
	);
}

/**
 * Rank all sites: those that can fit first (best first), those that cannot listed separately with their reasons.
 * Deterministic for the same input.
 */
export function rankSites(
	sites: readonly Site[],
	answers: Answers,
	origin?: GeoPoint,
	/** The year the start window counts from: the year the data were checked (see startHorizon). */
	year?: number,
	/** The regions with their mergers (see matchRegion). */
	regions: readonly Region[] = []
): SiteRanking {
	const located = origin !== undefined && isValidPoint(origin);
	const all = sites
		.map((site) => {
			const match = assessSite(site, answers, year, regions);
			if (located) match.distanceKm = distanceKm(origin, site.location);
			return ranked(match);
		})
		.sort(located && answers.rank_by_distance === 'yes' ? compareByDistance : compareRanked)
		.map((r) => r.match);
	const fits = all.filter((m) => m.fit !== 'cannot');
	const cannotFit = all.filter((m) => m.fit === 'cannot');
	return { fits, cannotFit };
}

/**
 * The criteria that tell the matches apart or say something about them: every criterion but one that is only
 * informative for all of them ("Andet" as the sector gives every park the same note).
 */
export function informativeCriteria(matches: readonly SiteMatch[]): Set<string> {
	return new Set(
		matches.flatMap((m) => m.criteria.filter((c) => c.outcome !== 'info').map((c) => c.criterion))
	);
}
