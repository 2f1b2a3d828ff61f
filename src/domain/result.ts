// The whole result for a set of answers: parks, One Stop Shop, SMV status, support and next steps.
import type { GeoPoint } from './distance';
import { oneStopShop, smvStatus, type OssResult, type SmvResult } from './eligibility';
import { effectiveAnswers } from './flow';
import { rankSites, type SiteRanking } from './match-sites';
import {
	matchErhvervshus,
	matchFyrtaarne,
	matchSchemes,
	nextSteps,
	type ErhvervshusMatch,
	type FyrtaarnMatch,
	type NextStep,
	type SchemeMatch
} from './match-support';
import type { Answers, Content } from './types';

export interface GuideResult {
	sites: SiteRanking;
	oneStopShop: OssResult;
	smv: SmvResult;
	schemes: SchemeMatch[];
	erhvervshus: ErhvervshusMatch;
	fyrtaarne: FyrtaarnMatch[];
	nextSteps: NextStep[];
	/**
	 * Present when large power capacity is a requirement: then the result explains the grid connection rules.
	 * `sitesWithCapacity`: ids of the parks where a source says capacity is available (not just a grid connection).
	 */
	grid?: { sitesWithCapacity: string[] };
	dataCheckedOn: string;
}

/** The grid explanation is shown when "Stor elkapacitet" is a requirement. */
export function gridAdvice(answers: Answers, content: Content): GuideResult['grid'] {
	if (answers.infrastructure?.high_power !== 'must') return undefined;
	const sitesWithCapacity = content.sites
		.filter((s) => s.facilities.high_power?.status === 'available')
		.map((s) => s.id);
	return { sitesWithCapacity };
}

/** The year the start window ("within 2 years") counts from: the year the content was checked. */
export function checkedYear(content: Content): number {
	return Number(content.meta.checkedOn.slice(0, 4));
}

/**
 * Build the result from the answers. Answers to questions that no longer apply are ignored.
 * @example buildResult(answers, content).sites.fits[0]?.site.id
 */
export function buildResult(
	answers: Answers,
	content: Content,
	origin?: GeoPoint,
	/** The company's own municipality (kommunekode): the chosen one, or the nearest to a point on the map. */
	own?: string,
	/** The day (YYYY-MM-DD) whose regions decide what is "in the same region" (regions.ts); without it, the finer ones. */
	today?: string
): GuideResult {
	const a = effectiveAnswers(answers);
	const sites = rankSites(content.sites, a, origin, checkedYear(content), content.regions);
	const oss = oneStopShop(a);
	const smv = smvStatus(a);
	const schemes = matchSchemes(content, a, smv);
	const erhvervshus = matchErhvervshus(content, sites.fits, own);
	return {
		sites,
		oneStopShop: oss,
		smv,
		schemes,
		erhvervshus,
		fyrtaarne: matchFyrtaarne(content, a, sites.fits, today),
		nextSteps: nextSteps(a, oss, sites.fits, schemes, erhvervshus, own),
		grid: gridAdvice(a, content),
		dataCheckedOn: content.meta.checkedOn
	};
}
