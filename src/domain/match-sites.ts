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

const POINTS = {
  sectorMet: 4,
  sectorPartly: 2,
  landMet: 2,
  must: { available: 3, planned: 1.5, not_available: 0 },
  nice: { available: 1, planned: 0.5, not_available: -1 },
  regionMet: 2,
  regionNotMet: -3,
  timingNotMet: -2,
  timingPartly: -1,
} as const;

/** Sector fit: any chosen sector among the site's focus sectors, or only among its longer-term ones. */
export function matchSector(site: Site, answers: Answers): CriterionResult | undefined {
  const chosen = answers.sectors;
  if (!chosen || chosen.length === 0) return undefined;
  const base = { criterion: 'sector' as const, importance: 'preference' as const, blocking: false, source: site.focusSource };
  if (chosen.length === 1 && chosen[0] === 'other') {
    return { ...base, outcome: 'info', key: 'sector.other', params: {}, points: 0 };
  }
  const hits = chosen.filter((s) => site.sectors.includes(s));
  if (hits.length > 0) {
    return { ...base, outcome: 'met', key: 'sector.met', params: { sectors: hits.join(',') }, points: POINTS.sectorMet };
  }
  const later = chosen.filter((s) => site.partialSectors.includes(s));
  if (later.length > 0) {
    return { ...base, outcome: 'partly', key: 'sector.later', params: { sectors: later.join(',') }, points: POINTS.sectorPartly };
  }
  return { ...base, outcome: 'not_met', key: 'sector.not_met', params: { sectors: site.sectors.join(',') }, points: 0 };
}

/**
 * Land fit against the new building plots. Too little land blocks the site unless the project can be phased.
 * @example matchLand(esbjerg, { land_ha: 40 }) // outcome 'met', params { need: 40, available: 118 }
 */
export function matchLand(site: Site, answers: Answers): CriterionResult | undefined {
  const need = answers.land_ha;
  if (need === undefined) return undefined;
  const params = { need, available: site.land.newPlotsHa, total: site.land.totalHa, approx: site.land.approximate ? 1 : 0 };
  const base = { criterion: 'land' as const, importance: 'must' as const, source: site.land.source, params };
  if (need <= site.land.newPlotsHa) {
    return { ...base, outcome: 'met', key: 'land.met', blocking: false, points: POINTS.landMet };
  }
  if (answers.land_phasing === 'yes') {
    return { ...base, outcome: 'partly', key: 'land.phased', blocking: false, points: 0 };
  }
  return { ...base, outcome: 'not_met', key: 'land.not_met', blocking: true, points: 0 };
}

/** One facility need (infrastructure, workforce or distance to housing) against what is known at the site. */
export function matchFacility(site: Site, id: FacilityId, need: Need): CriterionResult | undefined {
  if (need === 'none') return undefined;
  const fact = site.facilities[id];
  const status = fact?.status ?? 'unknown';
  const table = need === 'must' ? POINTS.must : POINTS.nice;
  const base = { criterion: id, importance: need, params: { item: id }, ...(fact ? { fact, source: fact.source } : {}) };
  switch (status) {
    case 'available':
      return { ...base, outcome: 'met', key: 'facility.available', blocking: false, points: table.available };
    case 'planned':
      return { ...base, outcome: 'partly', key: 'facility.planned', blocking: false, points: table.planned };
    case 'not_available':
      return { ...base, outcome: 'not_met', key: 'facility.not_available', blocking: need === 'must', points: table.not_available };
    default:
      return { ...base, outcome: 'unknown', key: 'facility.unknown', blocking: false, points: 0 };
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
    points: inside ? POINTS.regionMet : POINTS.regionNotMet,
  };
}

/** Timing: the brochure's caveats (pending designation, longer horizon) against when production must start. */
export function matchTiming(site: Site, answers: Answers): CriterionResult | undefined {
  const when = answers.start_time;
  if (!when) return undefined;
  const base = {
    criterion: 'timing' as const,
    importance: 'preference' as const,
    params: { when },
    blocking: false,
    ...(site.timing.source ? { source: site.timing.source } : {}),
  };
  if (site.timing.status === 'pending') {
    return { ...base, outcome: 'partly', key: 'timing.pending', points: POINTS.timingPartly };
  }
  if (site.timing.status === 'longer') {
    if (when === 'within_2y') return { ...base, outcome: 'not_met', key: 'timing.longer_soon', points: POINTS.timingNotMet };
    if (when === 'in_2_5y') return { ...base, outcome: 'partly', key: 'timing.longer_mid', points: POINTS.timingPartly };
    return { ...base, outcome: 'met', key: 'timing.longer_later', points: 0 };
  }
  return { ...base, outcome: 'unknown', key: 'timing.unknown', points: 0 };
}

/** Every criterion for one site, in a fixed order. */
export function assessSite(site: Site, answers: Answers): SiteMatch {
  const criteria: CriterionResult[] = [];
  const push = (c: CriterionResult | undefined) => {
    if (c) criteria.push(c);
  };
  push(matchSector(site, answers));
  push(matchLand(site, answers));
  for (const id of INFRASTRUCTURE_ITEMS) push(matchFacility(site, id, answers.infrastructure?.[id] ?? 'none'));
  for (const id of WORKFORCE_ITEMS) push(matchFacility(site, id, answers.workforce?.[id] ?? 'none'));
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

function compareMatches(a: SiteMatch, b: SiteMatch): number {
  return FIT_ORDER[a.fit] - FIT_ORDER[b.fit] || compareWithinFit(a, b);
}

/** Within one level of fit, the nearest first (when asked for and known), then as compareMatches. */
function compareByDistance(a: SiteMatch, b: SiteMatch): number {
  const near = (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity);
  return FIT_ORDER[a.fit] - FIT_ORDER[b.fit] || (Number.isNaN(near) ? 0 : near) || compareWithinFit(a, b);
}

function compareWithinFit(a: SiteMatch, b: SiteMatch): number {
  return (
    b.score - a.score ||
    count(b, 'met') - count(a, 'met') ||
    count(a, 'unknown') - count(b, 'unknown') ||
    (a.site.id < b.site.id ? -1 : a.site.id > b.site.id ? 1 : 0)
  );
}

function count(m: SiteMatch, outcome: Outcome): number {
  return m.criteria.filter((c) => c.outcome === outcome).length;
}

/**
 * Rank all sites: those that can fit first (best first), those that cannot listed separately with their reasons.
 * Deterministic for the same input.
 */
export function rankSites(sites: readonly Site[], answers: Answers, origin?: GeoPoint): SiteRanking {
  const assessed = sites.map((s) => assessSite(s, answers));
  if (origin && isValidPoint(origin)) {
    for (const m of assessed) m.distanceKm = distanceKm(origin, m.site.location);
  }
  const byDistance = answers.rank_by_distance === 'yes' && origin !== undefined;
  const all = assessed.sort(byDistance ? compareByDistance : compareMatches);
  const fits = all.filter((m) => m.fit !== 'cannot');
  const cannotFit = all.filter((m) => m.fit === 'cannot');
  return { fits, cannotFit, whatWouldHelp: fits.length === 0 ? suggestChanges(sites, answers, cannotFit) : [] };
}

/** What would make at least one site fit when none does. */
function suggestChanges(sites: readonly Site[], answers: Answers, cannotFit: SiteMatch[]): Suggestion[] {
  const out: Suggestion[] = [];
  if (sites.length === 0) return [{ key: 'no_sites', params: {} }];
  const landBlocked = cannotFit.filter((m) => m.blockers.some((b) => b.criterion === 'land'));
  if (landBlocked.length > 0) {
    const largest = [...sites].sort((a, b) => b.land.newPlotsHa - a.land.newPlotsHa || (a.id < b.id ? -1 : 1))[0] as Site;
    out.push({ key: 'smaller_land', params: { max: largest.land.newPlotsHa, site: largest.id } });
    if (answers.land_phasing !== 'yes') {
      const phased = rankSites(sites, { ...answers, land_phasing: 'yes' }).fits.length;
      if (phased > 0) out.push({ key: 'phasing', params: { count: phased } });
    }
  }
  const facilityBlocked = new Set(
    cannotFit.flatMap((m) => m.blockers.filter((b) => b.criterion !== 'land').map((b) => b.criterion)),
  );
  for (const id of [...facilityBlocked].sort()) out.push({ key: 'relax_must', params: { item: id } });
  return out;
}
