// Which support and help apply, each with the reasons (i18n keys) why; rules are named by the scheme data.
import type { OssResult, SmvResult } from './eligibility';
import { bestFew, type SiteMatch } from './match-sites';
import { smallLand } from './local-land';
import { netZeroTechOfSectors } from './suggestions';
import { liesIn, regionOn } from './regions';
import type { Answers, Content, Erhvervshus, Fyrtaarn, Scheme } from './types';

export interface Reason {
	key: string;
	params: Record<string, string | number>;
}

export interface SchemeMatch {
	scheme: Scheme;
	reasons: Reason[];
}

export interface FyrtaarnMatch {
	fyrtaarn: Fyrtaarn;
	reasons: Reason[];
	/** True when it lies in the region of a park that fits or a region the company prefers. */
	nearby: boolean;
}

export interface ErhvervshusMatch {
	/**
	 * The company's own house (its municipality's, where a source says which), else the house for the best-fitting
	 * park; undefined when neither is known (then all are relevant).
	 */
	house: Erhvervshus | undefined;
	/** Set when the house is the company's own: its municipality. */
	municipalityId?: string;
	/** Set when the house is the best park's. */
	siteId?: string;
	/** The company's municipality when it said where it is today, but no source says which house covers it. */
	ownUnknown?: string;
}

type Rule = (a: Answers, ctx: RuleContext) => Reason[];

interface RuleContext {
	smv: SmvResult;
}

/** Each rule returns the reasons it applies; an empty list means it does not apply. */
export const SCHEME_RULES: Record<Scheme['rule'], Rule> = {
	eifo_green_production: (a) => {
		const reasons: Reason[] = [];
		// The technology the sectors name counts as the technology chosen.
		const tech = [
			...netZeroTechOfSectors(a.sectors),
			...(a.net_zero === 'yes' ? (a.net_zero_tech ?? []) : [])
		];
		if (tech.includes('wind')) reasons.push({ key: 'eifo.wind', params: {} });
		if (tech.includes('electrolysers_fuel_cells'))
			reasons.push({ key: 'eifo.electrolysis', params: {} });
		if (a.critical_raw_materials === 'yes') reasons.push({ key: 'eifo.crm', params: {} });
		return reasons;
	},
	invest_in_denmark: (a) =>
		a.company_origin === 'foreign_first' || a.company_origin === 'foreign_present'
			? [{ key: `invest_in_denmark.${a.company_origin}`, params: {} }]
			: [],
	erhvervshus: (_a, { smv }) =>
		smv.status === 'not_smv'
			? [{ key: 'erhvervshus.all', params: {} }]
			: [{ key: 'erhvervshus.smv', params: {} }],
	nzia_strategic: (a) => (a.net_zero === 'yes' ? [{ key: 'nzia.net_zero', params: {} }] : []),
	crma_strategic: (a) =>
		a.critical_raw_materials === 'yes'
			? [{ key: 'crma.crm', params: { activities: (a.crm_activity ?? []).join(',') } }]
			: []
};

/** Schemes that apply, in the order of the content file. */
export function matchSchemes(content: Content, a: Answers, smv: SmvResult): SchemeMatch[] {
	return content.schemes
		.map((scheme) => ({ scheme, reasons: SCHEME_RULES[scheme.rule](a, { smv }) }))
		.filter((m) => m.reasons.length > 0);
}

/**
 * The erhvervshus of the company's municipality (`own`, when it said where it is today and a source says which house
 * covers it), otherwise the one covering the best-fitting park.
 */
export function matchErhvervshus(
	content: Content,
	fits: readonly SiteMatch[],
	own?: string
): ErhvervshusMatch {
	const ownHouse =
		own === undefined
			? undefined
			: content.erhvervshuse.find((h) => h.covers?.municipalities.includes(own));
	if (ownHouse) return { house: ownHouse, municipalityId: own };
	const unknown = own === undefined ? {} : { ownUnknown: own };
	const top = fits[0];
	if (!top) return { house: undefined, ...unknown };
	return {
		house: content.erhvervshuse.find((h) => h.id === top.site.erhvervshus),
		siteId: top.site.id,
		...unknown
	};
}

/**
 * Erhvervsfyrtårne whose focus matches a chosen sector; those near a fitting park or preferred region first. Near: in
 * that region, or in the region it and the fyrtårn lie in on `today` (from 2027 a fyrtårn in the former Region
 * Hovedstaden is in the same region as a park in the former Region Sjælland: Region Østdanmark).
 */
export function matchFyrtaarne(
	content: Content,
	a: Answers,
	fits: readonly SiteMatch[],
	today?: string
): FyrtaarnMatch[] {
	const sameRegion = (place: string, region: string) =>
		liesIn(place, region, content.regions) ||
		(today !== undefined &&
			regionOn(place, content.regions, today) === regionOn(region, content.regions, today));
	const sectors = a.sectors ?? [];
	const nearRegions = new Set<string>([
		...fits.slice(0, 3).map((m) => m.site.region),
		...(a.regions ?? []).filter((r) => r !== 'no_preference')
	]);
	return content.fyrtaarne
		.map((f) => {
			const hits = f.sectors.filter((s) => sectors.includes(s));
			return {
				fyrtaarn: f,
				reasons:
					hits.length > 0 ? [{ key: 'fyrtaarn.sector', params: { sectors: hits.join(',') } }] : [],
				nearby: [...nearRegions].some((r) => sameRegion(f.region, r))
			};
		})
		.filter((m) => m.reasons.length > 0)
		.sort(
			(x, y) => Number(y.nearby) - Number(x.nearby) || (x.fyrtaarn.id < y.fyrtaarn.id ? -1 : 1)
		);
}

const notMet = (m: SiteMatch, criterion: SiteMatch['criteria'][number]['criterion']) =>
	m.criteria.some((c) => c.criterion === criterion && c.outcome === 'not_met');

/** The company chose one or more regions (not "no preference"). */
function hasRegions(a: Answers): boolean {
	return (a.regions ?? []).some((r) => r !== 'no_preference');
}

/**
 * The parks worth a call, three (or more when more fit as well as the first), in the ranking's order:
 * - with regions chosen, the parks in them (review 22: a Næstved workshop that chose Sjælland was told to call
 *   Herning and Esbjerg), those whose focus names the company's sector first;
 * - without, the parks whose focus does not leave out the company's sector (review 20: a 3 ha food company in
 *   Herning was sent to Næstved Erhverv, 227 km away, for a park with other sectors).
 * When the chosen regions hold no park that may fit, the second rule applies to all parks.
 */
export function parksToContact(
	a: Answers,
	fits: readonly SiteMatch[]
): { parks: SiteMatch[]; byRegion: boolean } {
	// Three, and any further parks that fit as well as the first (review 22: the step named three of four such parks).
	const bySector = (ms: readonly SiteMatch[]) => ms.filter((m) => !notMet(m, 'sector'));
	const inRegions = hasRegions(a) ? fits.filter((m) => !notMet(m, 'region')) : [];
	if (inRegions.length === 0) return { parks: bestFew(bySector(fits), fits), byRegion: false };
	const parks = [...bySector(inRegions), ...inRegions.filter((m) => notMet(m, 'sector'))];
	return { parks: bestFew(parks, fits), byRegion: true };
}

export interface NextStep {
	key: string;
	params: Record<string, string | number>;
}

/** A short ordered list of whom to contact and what to prepare. */
export function nextSteps(
	a: Answers,
	oss: OssResult,
	fits: readonly SiteMatch[],
	schemes: readonly SchemeMatch[],
	house: ErhvervshusMatch,
	/** The company's own municipality (kommunekode), when it said where it is today. */
	own?: string
): NextStep[] {
	const steps: NextStep[] = [];
	const has = (rule: Scheme['rule']) => schemes.some((s) => s.scheme.rule === rule);
	// A company new to Denmark starts with Invest in Denmark, the state's way in for foreign companies.
	const foreignFirst = a.company_origin === 'foreign_first';
	const newToDenmark = foreignFirst && has('invest_in_denmark');
	if (newToDenmark) steps.push({ key: 'invest_in_denmark', params: {} });
	if (oss.status === 'eligible') steps.push({ key: 'oss_contact', params: {} });
	// What is still open, so the step does not ask again for what the company has answered.
	if (oss.status === 'maybe')
		steps.push({ key: 'oss_check', params: { criteria: oss.unknown.join(',') } });
	// Its own municipality: first for a few hectares (where most such companies find land), after the parks otherwise.
	// A company new to Denmark has none: the municipality it chose to measure from.
	const homeKey = foreignFirst ? 'contact_chosen_municipality' : 'contact_own_municipality';
	const home = own === undefined ? [] : [{ key: homeKey, params: { municipality: own } }];
	const small = smallLand(a) !== undefined;
	if (small) steps.push(...home);
	const { parks: top, byRegion } = parksToContact(a, fits);
	if (top.length > 0) {
		// Said as such when they are not the ranking's top 3 ("the best parks" would name others than the ranking).
		const ranked =
			fits.slice(0, top.length).every((m, i) => top[i] === m) &&
			top.length >= Math.min(3, fits.length);
		steps.push({
			key: ranked ? 'contact_parks' : byRegion ? 'contact_region_parks' : 'contact_sector_parks',
			params: { sites: top.map((m) => m.site.id).join(',') }
		});
	} else {
		steps.push({ key: 'contact_erhvervshus_no_fit', params: {} });
	}
	if (!small) steps.push(...home);
	// The company's own house where a source names it; else the one at the best park, said as such (it is not
	// necessarily theirs: an Odense company was sent to Vojens).
	// (A company new to Denmark has no house of its own to be pointed to.)
	// Not the house of a park left out above: it is neither the company's nor at a park worth a call.
	const parkLeftOut =
		house.siteId !== undefined &&
		fits.some((m) => m.site.id === house.siteId) &&
		!top.some((m) => m.site.id === house.siteId);
	if (house.house && !parkLeftOut)
		steps.push(
			house.siteId && !newToDenmark
				? {
						key: 'contact_erhvervshus_park',
						params: {
							house: house.house.id,
							site: house.siteId,
							// Where the company is, so the step can say when the park lies there too.
							...(house.ownUnknown ? { own: house.ownUnknown } : {})
						}
					}
				: { key: 'contact_erhvervshus', params: { house: house.house.id } }
		);
	if (has('invest_in_denmark') && !newToDenmark)
		steps.push({ key: 'invest_in_denmark', params: {} });
	// A scheme a source says is closed is shown as closed under support, not sent to as a next step.
	const open = (rule: Scheme['rule']) =>
		schemes.some((s) => s.scheme.rule === rule && s.scheme.status?.state !== 'closed');
	if (open('eifo_green_production')) steps.push({ key: 'eifo', params: {} });
	if (has('nzia_strategic') || has('crma_strategic'))
		steps.push({ key: 'eu_strategic', params: {} });
	steps.push({ key: 'prepare', params: {} });
	return steps;
}
