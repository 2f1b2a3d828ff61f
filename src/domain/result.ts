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
	dataCheckedOn: string;
}

/**
 * Build the result from the answers. Answers to questions that no longer apply are ignored.
 * @example buildResult(answers, content).sites.fits[0]?.site.id
 */
export function buildResult(answers: Answers, content: Content, origin?: GeoPoint): GuideResult {
	const a = effectiveAnswers(answers);
	const sites = rankSites(content.sites, a, origin);
	const oss = oneStopShop(a);
	const smv = smvStatus(a);
	const schemes = matchSchemes(content, a, smv);
	const erhvervshus = matchErhvervshus(content, sites.fits);
	return {
		sites,
		oneStopShop: oss,
		smv,
		schemes,
		erhvervshus,
		fyrtaarne: matchFyrtaarne(content, a, sites.fits),
		nextSteps: nextSteps(a, oss, sites.fits, schemes, erhvervshus),
		dataCheckedOn: content.meta.checkedOn
	};
}
