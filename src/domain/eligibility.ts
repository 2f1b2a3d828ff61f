// One Stop Shop eligibility and the EU SMV size test: pure rules that return what was met and what is unknown.
import type { Answers } from './types';

export type OssCriterion = 'dual_permits' | 'investment' | 'net_zero_crm';
export type OssStatus = 'eligible' | 'maybe' | 'not_eligible';

export interface OssResult {
	status: OssStatus;
	met: OssCriterion[];
	unknown: OssCriterion[];
	notMet: OssCriterion[];
}

/** The brochure's threshold: a projected investment of at least 100 mio. kr. */
export const OSS_INVESTMENT_THRESHOLD_MDKK = 100;

type Tri = 'met' | 'unknown' | 'not_met';

function dualPermits(a: Answers): Tri {
	if (a.dual_permits === 'yes') return 'met';
	if (a.dual_permits === 'no') return 'not_met';
	return 'unknown';
}

function investment(a: Answers): Tri {
	const v = a.investment_mdkk;
	if (typeof v === 'number') return v >= OSS_INVESTMENT_THRESHOLD_MDKK ? 'met' : 'not_met';
	return 'unknown';
}

/**
 * A net-zero project, or a project that extracts, processes or recycles critical raw materials (the minister's
 * answer to ERU alm. del spm. 278, 1 Oct 2025; its address on ft.dk says 279). Every `crm_activity` option is one of those three, so a "yes" counts
 * once the company has said which; before that it is unknown.
 */
function netZeroOrCrm(a: Answers): Tri {
	const crm: Tri =
		a.critical_raw_materials === 'yes'
			? (a.crm_activity?.length ?? 0) > 0
				? 'met'
				: 'unknown'
			: a.critical_raw_materials === 'no'
				? 'not_met'
				: 'unknown';
	if (a.net_zero === 'yes' || crm === 'met') return 'met';
	if (a.net_zero === 'no' && crm === 'not_met') return 'not_met';
	return 'unknown';
}

/**
 * One Stop Shop: open to production companies whose project meets at least one criterion (brochure):
 * permits from both state and municipal authorities; investment ≥ 100 mio. kr.; net-zero or critical raw materials.
 * @example oneStopShop({ investment_mdkk: 150 }).status // 'eligible'
 */
export function oneStopShop(a: Answers): OssResult {
	const results: [OssCriterion, Tri][] = [
		['dual_permits', dualPermits(a)],
		['investment', investment(a)],
		['net_zero_crm', netZeroOrCrm(a)]
	];
	const pick = (t: Tri) => results.filter(([, r]) => r === t).map(([c]) => c);
	const met = pick('met');
	const unknown = pick('unknown');
	const status: OssStatus =
		met.length > 0 ? 'eligible' : unknown.length > 0 ? 'maybe' : 'not_eligible';
	return { status, met, unknown, notMet: pick('not_met') };
}

export type SmvStatus = 'smv' | 'probably_smv' | 'not_smv' | 'unknown';
export type SmvCategory = 'micro' | 'small' | 'medium';

export interface SmvResult {
	status: SmvStatus;
	/** Category by headcount only; the financial ceilings of the smaller categories are not asked. */
	categoryByHeadcount?: SmvCategory;
}

/**
 * EU SMV definition (Recommendation 2003/361/EC): fewer than 250 employees and turnover ≤ 50 mio. EUR
 * or balance sheet total ≤ 43 mio. EUR.
 */
export function smvStatus(a: Answers): SmvResult {
	if (a.employees === undefined) return { status: 'unknown' };
	if (a.employees === 'over_250') return { status: 'not_smv' };
	const categoryByHeadcount: SmvCategory =
		a.employees === 'under_10' ? 'micro' : a.employees === 'from_10_to_49' ? 'small' : 'medium';
	if (a.financials === 'yes') return { status: 'smv', categoryByHeadcount };
	if (a.financials === 'no') return { status: 'not_smv' };
	return { status: 'probably_smv', categoryByHeadcount };
}
