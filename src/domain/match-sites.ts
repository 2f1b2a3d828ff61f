// Ranking sites against the answers, criterion by criterion, with explanations; never drops a site silently.
import { distanceKm, isValidPoint, type GeoPoint } from './distance';
import type { Answers, FacilityFact, FacilityId, Need, Site, Source } from './types';
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
 * good: every criterion met (or only informational); unclear: nothing known to be wrong, but a requirement
 * is not known at the site; partial: a wish or preference is not (fully) met; cannot: a requirement is not met.
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

export interface Suggestion {
	key: string;
	params: Record<string, string | number>;
}

export interface SiteRanking {
	fits: SiteMatch[];
	cannotFit: SiteMatch[];
	/** When nothing fits: what blocks and what would change it. */
	whatWouldHelp: Suggestion[];
}

/**
 * One criterion's result. Built with a plain object literal, not `{ ...base, … }`: object spread costs about half a
 * microsecond in V8, which made ranking 10,000 sites take ~150 ms instead of a few.
 */
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
		return result('met', 'sector.met', { sectors: hits.join(',') }, POINTS.sectorMet);
	const later = chosen.filter((s) => site.partialSectors.includes(s));
	if (later.length > 0)
		return result('partly', 'sector.later', { sectors: later.join(',') }, POINTS.sectorPartly);
	return result('not_met', 'sector.not_met', { sectors: site.sectors.join(',') }, 0);
}

/**
 * Land fit against the new building plots. Too little land blocks the site unless the project can be phased.
 * @example matchLand(esbjerg, { land_ha: 40 }) // outcome 'met', params { need: 40, available: 118 }
 */
export function matchLand(site: Site, answers: Answers): CriterionResult | undefined {
	const need = answers.land_ha;
	if (need === undefined) return undefined;
	const params = {
		need,
		available: site.land.newPlotsHa,
		total: site.land.totalHa,
		approx: site.land.approximate ? 1 : 0
	};
	const result = (outcome: Outcome, key: string, blocking: boolean, points: number) =>
		criterion('land', 'must', outcome, key, params, blocking, points, site.land.source);
	if (need <= site.land.newPlotsHa) return result('met', 'land.met', false, POINTS.landMet);
	if (answers.land_phasing === 'yes') return result('partly', 'land.phased', false, 0);
	return result('not_met', 'land.not_met', true, 0);
}

/** One facility need (infrastructure, workforce or distance to housing) against what is known at the site. */
export function matchFacility(site: Site, id: FacilityId, need: Need): CriterionResult | undefined {
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
			return result('partly', 'facility.planned', false, table.planned);
		case 'not_available':
			return result('not_met', 'facility.not_available', need === 'must', table.not_available);
		default:
			return result('unknown', 'facility.unknown', false, 0);
	}
}

export function matchRegion(site: Site, answers: Answers): CriterionResult | undefined {
	const regions = answers.regions;
	if (!regions || regions.length === 0 || regions.includes('no_preference')) return undefined;
	const inside = regions.includes(site.region);
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

/** Every criterion for one site, in a fixed order. */
export function assessSite(site: Site, answers: Answers): SiteMatch {
	const criteria: CriterionResult[] = [];
	const push = (c: CriterionResult | undefined) => {
		if (c) criteria.push(c);
	};
	push(matchSector(site, answers));
	push(matchLand(site, answers));
	for (const id of INFRASTRUCTURE_ITEMS)
		push(matchFacility(site, id, answers.infrastructure?.[id] ?? 'none'));
	for (const id of WORKFORCE_ITEMS)
		push(matchFacility(site, id, answers.workforce?.[id] ?? 'none'));
	if (answers.env_demanding === 'yes') push(matchFacility(site, 'env_distance', 'must'));
	push(matchRegion(site, answers));
	push(matchTiming(site, answers));
	const blockers = criteria.filter((c) => c.blocking);
	const score = criteria.reduce((sum, c) => sum + c.points, 0);
	return { site, score, fit: fitLevel(criteria, blockers), criteria, blockers };
}

function fitLevel(criteria: CriterionResult[], blockers: CriterionResult[]): FitLevel {
	if (blockers.length > 0) return 'cannot';
	if (criteria.some((c) => c.outcome === 'not_met' || c.outcome === 'partly')) return 'partial';
	if (criteria.some((c) => c.outcome === 'unknown' && c.importance === 'must')) return 'unclear';
	return 'good';
}

const FIT_ORDER: Record<FitLevel, number> = { good: 0, unclear: 1, partial: 2, cannot: 3 };
const FIT_LEVELS: readonly FitLevel[] = ['good', 'unclear', 'partial', 'cannot'];

// ---------------------------------------------------------------------------------------------
// Ranking many sites fast. The explanations (criteria with texts' keys and sources) are only needed for the sites
// someone looks at, so ranking runs on numbers (quickAssess, the same rules as assessSite without building a
// single object per criterion) and each site's explanations are built when first read. tests/unit/match-sites
// checks that both give the same fit, score and counts for every site and many answer sets.
// ---------------------------------------------------------------------------------------------

/** The answers, prepared once per ranking. */
interface RankPlan {
	sectors: readonly string[] | undefined;
	sectorOther: boolean;
	land: number | undefined;
	phasing: boolean;
	/** Facility needs other than 'none', in assessSite's order, by their index in FACILITY_IDS. */
	needs: { index: number; must: boolean }[];
	regions: readonly string[] | undefined;
	when: Answers['start_time'];
}

function rankPlan(answers: Answers): RankPlan {
	const needs: RankPlan['needs'] = [];
	const add = (id: FacilityId, need: Need) => {
		if (need !== 'none') needs.push({ index: FACILITY_INDEX.get(id) ?? 0, must: need === 'must' });
	};
	for (const id of INFRASTRUCTURE_ITEMS) add(id, answers.infrastructure?.[id] ?? 'none');
	for (const id of WORKFORCE_ITEMS) add(id, answers.workforce?.[id] ?? 'none');
	if (answers.env_demanding === 'yes') add('env_distance', 'must');
	const sectors = answers.sectors && answers.sectors.length > 0 ? answers.sectors : undefined;
	const regions = answers.regions;
	return {
		sectors,
		sectorOther: sectors !== undefined && sectors.length === 1 && sectors[0] === 'other',
		land: answers.land_ha,
		phasing: answers.land_phasing === 'yes',
		needs,
		regions:
			regions && regions.length > 0 && !regions.includes('no_preference') ? regions : undefined,
		when: answers.start_time
	};
}

interface QuickAssessment {
	fit: FitLevel;
	score: number;
	met: number;
	unknown: number;
}

/** Facility statuses as small numbers, by facility: what quickAssess reads instead of the site's objects. */
const FACILITY_IDS: readonly FacilityId[] = [
	...INFRASTRUCTURE_ITEMS,
	...WORKFORCE_ITEMS,
	'env_distance'
];
const FACILITY_INDEX = new Map<FacilityId, number>(FACILITY_IDS.map((id, i) => [id, i]));
const STATUS_CODE = { unknown: 0, available: 1, planned: 2, not_available: 3 } as const;
const TIMING_CODE = { unknown: 0, pending: 1, longer: 2 } as const;

/** One site's facility codes, written at `offset` of `into` (one shared array for a whole list of sites). */
function facilityCodes(site: Site, into: Uint8Array, offset: number): Uint8Array {
	FACILITY_IDS.forEach(
		(id, i) => (into[offset + i] = STATUS_CODE[site.facilities[id]?.status ?? 'unknown'])
	);
	return into;
}

/** What ranking needs of a list of sites that does not depend on the answers, made once per list. */
interface PreparedSites {
	/** Facility codes of all sites in one array: site i's code for facility f is at i * FACILITY_IDS.length + f. */
	codes: Uint8Array;
	/** Sector ids as bits (when there are at most 31 of them; otherwise quickAssess compares the lists). */
	sectorBits: Map<string, number> | undefined;
	sectorMasks: Uint32Array;
	partialMasks: Uint32Array;
	newPlotsHa: Float64Array;
	/** The list's region ids, and each site's index into them. */
	regionIds: string[];
	regionIndex: Uint16Array;
	timing: Uint8Array;
	/** Each site's position in id order: the last tie-breaker, so the order never depends on the input order. */
	idRank: Uint32Array;
	/** The reverse: the site index at each position in id order. */
	byId: Uint32Array;
}
const preparedLists = new WeakMap<readonly Site[], PreparedSites>();

function prepareSites(sites: readonly Site[]): PreparedSites {
	let prepared = preparedLists.get(sites);
	if (!prepared) {
		const byId = sites
			.map((_, i) => i)
			.sort((a, b) => (sites[a]!.id < sites[b]!.id ? -1 : sites[a]!.id > sites[b]!.id ? 1 : 0));
		const idRank = new Uint32Array(sites.length);
		byId.forEach((siteIndex, rank) => (idRank[siteIndex] = rank));
		const ids = [...new Set(sites.flatMap((s) => [...s.sectors, ...s.partialSectors]))].sort();
		const regionIds = [...new Set(sites.map((s) => s.region))].sort();
		const sectorBits = ids.length <= 31 ? new Map(ids.map((id, i) => [id, 1 << i])) : undefined;
		const mask = (list: readonly string[]) =>
			list.reduce((m, id) => m | (sectorBits?.get(id) ?? 0), 0);
		const codes = new Uint8Array(sites.length * FACILITY_IDS.length);
		sites.forEach((site, i) => facilityCodes(site, codes, i * FACILITY_IDS.length));
		prepared = {
			codes,
			idRank,
			byId: Uint32Array.from(byId),
			sectorBits,
			sectorMasks: Uint32Array.from(sites, (s) => mask(s.sectors)),
			partialMasks: Uint32Array.from(sites, (s) => mask(s.partialSectors)),
			newPlotsHa: Float64Array.from(sites, (s) => s.land.newPlotsHa),
			regionIds,
			regionIndex: Uint16Array.from(sites, (s) => regionIds.indexOf(s.region)),
			timing: Uint8Array.from(sites, (s) =>
				s.timing.status === 'pending'
					? TIMING_CODE.pending
					: s.timing.status === 'longer'
						? TIMING_CODE.longer
						: 0
			)
		};
		preparedLists.set(sites, prepared);
	}
	return prepared;
}

/** What quickAssess needs of the answers for one prepared list: the chosen sectors as bits, regions as flags. */
interface PlanForList {
	plan: RankPlan;
	/** The chosen sectors as bits (when the list's sectors have bits). */
	sectorMask: number;
	/** Per region index of the list: 1 when the company wants that region. */
	regionWanted: Uint8Array;
}

function planForList(plan: RankPlan, prepared: PreparedSites): PlanForList {
	const bits = prepared.sectorBits;
	return {
		plan,
		sectorMask: bits ? (plan.sectors ?? []).reduce((m, id) => m | (bits.get(id) ?? 0), 0) : 0,
		regionWanted: Uint8Array.from(prepared.regionIds, (id) => (plan.regions?.includes(id) ? 1 : 0))
	};
}

/**
 * assessSite's fit, score and outcome counts for site `i` of a prepared list, computed from its numbers alone
 * (no criteria, no reads from the site objects, so it stays fast when the list is large). Fills `out`.
 */
function quickAssess(
	sites: readonly Site[],
	prepared: PreparedSites,
	i: number,
	list: PlanForList,
	out: QuickAssessment
): QuickAssessment {
	const { plan } = list;
	let score = 0;
	let met = 0;
	let unknown = 0;
	let blocked = false;
	let shortfall = false; // a criterion not met or only partly met
	let unknownMust = false;
	if (plan.sectors && !plan.sectorOther) {
		const bits = prepared.sectorBits;
		const site = sites[i]!;
		const chosen = plan.sectors;
		if (
			bits
				? (list.sectorMask & prepared.sectorMasks[i]!) !== 0
				: chosen.some((s) => site.sectors.includes(s))
		) {
			score += POINTS.sectorMet;
			met++;
		} else {
			shortfall = true;
			if (
				bits
					? (list.sectorMask & prepared.partialMasks[i]!) !== 0
					: chosen.some((s) => site.partialSectors.includes(s))
			) {
				score += POINTS.sectorPartly;
			}
		}
	}
	if (plan.land !== undefined) {
		if (plan.land <= prepared.newPlotsHa[i]!) {
			score += POINTS.landMet;
			met++;
		} else {
			shortfall = true;
			if (!plan.phasing) blocked = true;
		}
	}
	const offset = i * FACILITY_IDS.length;
	for (const { index, must } of plan.needs) {
		const table = must ? POINTS.must : POINTS.nice;
		const status = prepared.codes[offset + index];
		if (status === STATUS_CODE.available) {
			score += table.available;
			met++;
		} else if (status === STATUS_CODE.planned) {
			score += table.planned;
			shortfall = true;
		} else if (status === STATUS_CODE.not_available) {
			score += table.not_available;
			shortfall = true;
			if (must) blocked = true;
		} else {
			unknown++;
			if (must) unknownMust = true;
		}
	}
	if (plan.regions) {
		if (list.regionWanted[prepared.regionIndex[i]!] === 1) {
			score += POINTS.regionMet;
			met++;
		} else {
			score += POINTS.regionNotMet;
			shortfall = true;
		}
	}
	if (plan.when) {
		const status = prepared.timing[i];
		if (status === TIMING_CODE.pending) {
			score += POINTS.timingPartly;
			shortfall = true;
		} else if (status === TIMING_CODE.longer) {
			if (plan.when === 'within_2y') score += POINTS.timingNotMet;
			else if (plan.when === 'in_2_5y') score += POINTS.timingPartly;
			if (plan.when === 'later') met++;
			else shortfall = true;
		} else {
			unknown++;
		}
	}
	out.fit = blocked ? 'cannot' : shortfall ? 'partial' : unknownMust ? 'unclear' : 'good';
	out.score = score;
	out.met = met;
	out.unknown = unknown;
	return out;
}

/** Fit, score, met and unknown counts in one number, in ranking order (smaller first). */
function sortKey(quick: QuickAssessment): number {
	// Higher score, more met and fewer unknown rank first; scores are multiples of 0.5 well inside ±1000.
	return (
		((FIT_ORDER[quick.fit] * 4096 + (2048 - quick.score * 2)) * 64 +
			(63 - Math.min(quick.met, 63))) *
			64 +
		Math.min(quick.unknown, 63)
	);
}

/** Sort keys (below 2^26) and id ranks fit together in one double, key × 2^26 + id rank, exactly (< 2^53). */
const PACKED_LIMIT = 2 ** 26;

/** A ranked site: fit and score up front, the explanations (criteria, blockers) built on first read. */
class RankedSite implements SiteMatch {
	readonly site: Site;
	readonly score: number;
	readonly fit: FitLevel;
	/** Ranking order in one number (smaller first): the sort key × 2^26 + the site's rank in id order. */
	readonly order: number;
	distanceKm?: number;
	/** The answers until the explanations are built, then the full assessment. */
	#lazy: Answers | SiteMatch;

	constructor(site: Site, answers: Answers, fit: FitLevel, score: number, order: number) {
		this.site = site;
		this.score = score;
		this.fit = fit;
		this.order = order;
		this.#lazy = answers;
	}

	#full(): SiteMatch {
		if (!('criteria' in this.#lazy)) this.#lazy = assessSite(this.site, this.#lazy);
		return this.#lazy as SiteMatch;
	}

	get criteria(): CriterionResult[] {
		return this.#full().criteria;
	}

	get blockers(): CriterionResult[] {
		return this.#full().blockers;
	}
}

/** Fit, then score (higher first), more criteria met, fewer unknown, then id. */
function compareRanked(a: RankedSite, b: RankedSite): number {
	return a.order - b.order;
}

/** Within one level of fit, the nearest first (when asked for and known), then as compareRanked. */
function compareByDistance(a: RankedSite, b: RankedSite): number {
	const near = (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
	return (
		FIT_ORDER[a.fit] - FIT_ORDER[b.fit] || (Number.isNaN(near) ? 0 : near) || compareRanked(a, b)
	);
}

/**
 * Rank all sites: those that can fit first (best first), those that cannot listed separately with their reasons.
 * Deterministic for the same input.
 */
export function rankSites(
	sites: readonly Site[],
	answers: Answers,
	origin?: GeoPoint
): SiteRanking {
	const plan = rankPlan(answers);
	const prepared = prepareSites(sites);
	const list = planForList(plan, prepared);
	// One result object, refilled per site: no allocation per site beyond the RankedSite itself.
	const scratch: QuickAssessment = { fit: 'good', score: 0, met: 0, unknown: 0 };
	const n = sites.length;
	const quickOf = (i: number) => quickAssess(sites, prepared, i, list, scratch);
	const withDistance = origin !== undefined && isValidPoint(origin);
	const byDistance = answers.rank_by_distance === 'yes' && withDistance;
	let all: RankedSite[];
	if (!byDistance && n < PACKED_LIMIT) {
		// Many sites: sort numbers, not objects (a typed-array sort needs no comparator calls), then make the
		// ranked sites in order.
		const packed = new Float64Array(n);
		const fits = new Uint8Array(n);
		const scores = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			const quick = quickOf(i);
			fits[i] = FIT_ORDER[quick.fit];
			scores[i] = quick.score;
			packed[i] = sortKey(quick) * PACKED_LIMIT + (prepared.idRank[i] ?? 0);
		}
		packed.sort();
		all = new Array<RankedSite>(n);
		for (let j = 0; j < n; j++) {
			const order = packed[j]!;
			const i = prepared.byId[order % PACKED_LIMIT]!;
			all[j] = new RankedSite(sites[i]!, answers, FIT_LEVELS[fits[i]!]!, scores[i]!, order);
		}
	} else {
		all = sites.map((s, i) => {
			const quick = quickOf(i);
			return new RankedSite(
				s,
				answers,
				quick.fit,
				quick.score,
				sortKey(quick) * PACKED_LIMIT + (prepared.idRank[i] ?? i)
			);
		});
	}
	if (withDistance) {
		for (const m of all) m.distanceKm = distanceKm(origin, m.site.location);
	}
	if (!(!byDistance && n < PACKED_LIMIT)) all.sort(byDistance ? compareByDistance : compareRanked);
	// Sorted by fit first: the sites that cannot fit are the tail.
	const firstCannot = all.findIndex((m) => m.fit === 'cannot');
	const fits: SiteMatch[] = firstCannot < 0 ? all : all.slice(0, firstCannot);
	const cannotFit = firstCannot < 0 ? [] : all.slice(firstCannot);
	return {
		fits,
		cannotFit,
		whatWouldHelp:
			fits.length === 0 ? suggestChanges(sites, answers, cannotFit, plan, prepared) : []
	};
}

/**
 * What would make at least one site fit when none does. Reads the blockers from the plan and the prepared
 * statuses (the same rules as assessSite's blocking criteria), so it never builds 10,000 explanations.
 */
function suggestChanges(
	sites: readonly Site[],
	answers: Answers,
	cannotFit: RankedSite[],
	plan: RankPlan,
	prepared: PreparedSites
): Suggestion[] {
	const out: Suggestion[] = [];
	if (sites.length === 0) return [{ key: 'no_sites', params: {} }];
	const need = plan.land;
	const landBlocked =
		need !== undefined && !plan.phasing && cannotFit.some((m) => need > m.site.land.newPlotsHa);
	if (landBlocked) {
		// The site with the most new plots (the first by id among equals): one pass, not a sort.
		let largest = sites[0] as Site;
		for (const s of sites) {
			const more = s.land.newPlotsHa - largest.land.newPlotsHa;
			if (more > 0 || (more === 0 && s.id < largest.id)) largest = s;
		}
		out.push({ key: 'smaller_land', params: { max: largest.land.newPlotsHa, site: largest.id } });
		if (answers.land_phasing !== 'yes') {
			// How many would fit with phasing: counted on numbers, without ranking them all again.
			const list = planForList({ ...plan, phasing: true }, prepared);
			const scratch: QuickAssessment = { fit: 'good', score: 0, met: 0, unknown: 0 };
			let phased = 0;
			for (let i = 0; i < sites.length; i++)
				if (quickAssess(sites, prepared, i, list, scratch).fit !== 'cannot') phased++;
			if (phased > 0) out.push({ key: 'phasing', params: { count: phased } });
		}
	}
	const facilityBlocked = new Set<FacilityId>();
	for (const { index, must } of plan.needs) {
		if (!must) continue;
		const indexOf = (m: RankedSite) => prepared.byId[m.order % PACKED_LIMIT]!;
		if (
			cannotFit.some(
				(m) =>
					prepared.codes[indexOf(m) * FACILITY_IDS.length + index] === STATUS_CODE.not_available
			)
		) {
			facilityBlocked.add(FACILITY_IDS[index] as FacilityId);
		}
	}
	for (const id of [...facilityBlocked].sort())
		out.push({ key: 'relax_must', params: { item: id } });
	return out;
}
