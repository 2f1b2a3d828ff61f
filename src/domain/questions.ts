// Questions as data: stable ids, types, options and the named condition that decides whether a question applies.
import { INFRASTRUCTURE_ITEMS, WORKFORCE_ITEMS, type Answers, type QuestionId } from './types';

/** Named conditions; the flow asks a question only when its condition holds. */
export type ConditionId =
	'more_land_than_a_site_has' | 'net_zero_is_yes' | 'crm_is_yes' | 'is_below_250_employees';

/**
 * The least new land any site has (Skive: about 56 ha, sites.json). Up to this, every site has the land, so whether
 * the project can be built in phases changes nothing and is not asked. The build checks it against the content
 * (src/data/schema.ts), so a content change that gives a site less land stops the build until this is updated.
 */
export const LEAST_NEW_LAND_HA = 56;

export const CONDITIONS: Record<ConditionId, (a: Answers) => boolean> = {
	// Phasing matters only when some site has too little land (a known need above LEAST_NEW_LAND_HA).
	more_land_than_a_site_has: (a) => typeof a.land_ha === 'number' && a.land_ha > LEAST_NEW_LAND_HA,
	net_zero_is_yes: (a) => a.net_zero === 'yes',
	crm_is_yes: (a) => a.critical_raw_materials === 'yes',
	// The financial thresholds only matter when the headcount is below the SMV ceiling.
	is_below_250_employees: (a) => a.employees !== undefined && a.employees !== 'over_250'
};

/** The technology groups of the EU Net-Zero Industry Act (Regulation (EU) 2024/1735), grouped for a short list. */
export const NET_ZERO_TECH = [
	'solar',
	'wind',
	'batteries_storage',
	'heat_pumps_geothermal',
	'electrolysers_fuel_cells',
	'biogas_biomethane',
	'ccs_co2',
	'grid',
	'alternative_fuels',
	'other_net_zero'
] as const;

interface BaseQuestion {
	id: QuestionId;
	/** Asked only when this condition holds. */
	askIf?: ConditionId;
	/**
	 * An answer given when the question is not asked is left unused without a notice: links written before the
	 * condition came carry the answer (a notice is for a link that contradicts itself).
	 */
	quietWhenNotAsked?: true;
}

export interface SingleQuestion extends BaseQuestion {
	type: 'single';
	options: readonly string[];
	/**
	 * A yes/no/don't-know question asked as one item of its page's two checklists ("this applies", "we don't know
	 * yet") instead of three radio buttons: see singleFromChecklists.
	 */
	checklist?: true;
}

export interface MultiQuestion extends BaseQuestion {
	type: 'multi';
	/** Fixed option ids, or the content list the options come from. */
	options: readonly string[] | { from: 'sectors' | 'regions' };
	/** An option that cannot be combined with the others ("none of these", "no preference"). */
	exclusive?: string;
}

export interface NumberQuestion extends BaseQuestion {
	type: 'number';
	unit: 'ha' | 'mdkk';
	min: number;
	max: number;
	/** Offer "I don't know yet" instead of a number. */
	allowDontKnow: boolean;
}

export interface MatrixQuestion extends BaseQuestion {
	type: 'matrix';
	items: readonly string[];
	levels: readonly ['must', 'nice', 'none'];
}

export type Question = SingleQuestion | MultiQuestion | NumberQuestion | MatrixQuestion;

const YES_NO_UNKNOWN = ['yes', 'no', 'dont_know'] as const;
const NEED_LEVELS = ['must', 'nice', 'none'] as const;

/**
 * The questionnaire in the order it is asked. Ids are stable: they are answer keys, URL parameters
 * and i18n key segments. Never rename one without a link migration.
 */
export const QUESTIONS: readonly Question[] = [
	{ id: 'project_type', type: 'single', options: ['new_plant', 'expand', 'convert'] },
	{ id: 'sectors', type: 'multi', options: { from: 'sectors' }, exclusive: 'other' },
	{ id: 'land_ha', type: 'number', unit: 'ha', min: 0.01, max: 10000, allowDontKnow: true },
	{
		id: 'land_phasing',
		type: 'single',
		askIf: 'more_land_than_a_site_has',
		// Asked of every company until 2026-12-07: older links have it whatever the land.
		quietWhenNotAsked: true,
		options: YES_NO_UNKNOWN
	},
	{ id: 'infrastructure', type: 'matrix', items: INFRASTRUCTURE_ITEMS, levels: NEED_LEVELS },
	{ id: 'workforce', type: 'matrix', items: WORKFORCE_ITEMS, levels: NEED_LEVELS },
	{ id: 'env_demanding', type: 'single', options: YES_NO_UNKNOWN, checklist: true },
	{ id: 'regions', type: 'multi', options: { from: 'regions' }, exclusive: 'no_preference' },
	{ id: 'start_time', type: 'single', options: ['within_2y', 'in_2_5y', 'later'] },
	{
		id: 'investment_mdkk',
		type: 'number',
		unit: 'mdkk',
		min: 0.01,
		max: 1000000,
		allowDontKnow: true
	},
	{ id: 'dual_permits', type: 'single', options: YES_NO_UNKNOWN, checklist: true },
	{ id: 'net_zero', type: 'single', options: YES_NO_UNKNOWN, checklist: true },
	{
		id: 'net_zero_tech',
		type: 'multi',
		askIf: 'net_zero_is_yes',
		options: NET_ZERO_TECH
	},
	{ id: 'critical_raw_materials', type: 'single', options: YES_NO_UNKNOWN, checklist: true },
	{
		id: 'crm_activity',
		type: 'multi',
		askIf: 'crm_is_yes',
		options: ['extraction', 'processing', 'recycling']
	},
	{ id: 'company_origin', type: 'single', options: ['danish', 'foreign_first', 'foreign_present'] },
	{
		id: 'employees',
		type: 'single',
		options: ['under_10', 'from_10_to_49', 'from_50_to_249', 'over_250']
	},
	{ id: 'financials', type: 'single', askIf: 'is_below_250_employees', options: YES_NO_UNKNOWN }
];

const BY_ID = new Map(QUESTIONS.map((q) => [q.id, q]));

/** The question with this id; throws on an unknown id (a programming error, not user input). */
export function questionById(id: QuestionId): Question {
	const q = BY_ID.get(id);
	if (!q) throw new Error(`Unknown question id: ${id}`);
	return q;
}

export function isQuestionId(value: string): value is QuestionId {
	return BY_ID.has(value as QuestionId);
}

/**
 * The choices after the user ticks or unticks one option: a single question keeps only the option; in a multiple
 * choice, the exclusive option ("none of these", "no preference") clears the others and any other option clears it.
 * @example toggleChoice(sectorsQ, ['wind_offshore'], 'other', true) // ['other']
 */
export function toggleChoice(
	q: SingleQuestion | MultiQuestion,
	selected: readonly string[],
	option: string,
	checked: boolean
): string[] {
	if (q.type === 'single') return [option];
	if (!checked) return selected.filter((s) => s !== option);
	if (option === q.exclusive) return [option];
	return [...selected.filter((s) => s !== q.exclusive && s !== option), option];
}
