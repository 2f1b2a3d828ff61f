// The pages of the guide: which questions apply, which page comes next, when a page is done and when the result can
// be seen; and how a page's answers are validated together (validatePage, the needs checklists).
import { describe, expect, it } from 'vitest';
import {
	applicableQuestions,
	canSeeResult,
	effectiveAnswers,
	firstUnanswered,
	isComplete,
	isPageDone,
	nextStep,
	pagesLeft,
	previousStep,
	questionsOn,
	stepPosition
} from '../../src/domain/flow';
import {
	EARLY_RESULT_AFTER,
	PAGES,
	pageOf,
	followUpOf,
	questionsOf,
	type PageId
} from '../../src/domain/pages';
import {
	LEAST_NEW_LAND_HA,
	QUESTIONS,
	questionById,
	toggleChoice,
	type MatrixQuestion,
	type MultiQuestion,
	type SingleQuestion
} from '../../src/domain/questions';
import { SECTOR_NET_ZERO_TECH, suggestion } from '../../src/domain/suggestions';
import {
	INFRASTRUCTURE_ITEMS,
	WORKFORCE_ITEMS,
	type Answers,
	type QuestionId
} from '../../src/domain/types';
import { rawFromAnswer, validatePage, type RawAnswer } from '../../src/domain/validate';
import {
	itemsAt,
	matrixFromChecklists,
	singleFromChecklists,
	tickedIn
} from '../../src/domain/checklists';
import { optionSource } from '../../src/data/options';
import { content } from '../../src/data/index';
import { answers } from '../builders/answers';
import { multi, num, single } from '../builders/flow';

const ALL = QUESTIONS.map((q) => q.id);
const PAGE_IDS: PageId[] = PAGES.map((p) => p.id);

/** The answers of a complete set that belong to the given pages (nothing else answered). */
const answersOn = (...pages: PageId[]): Answers => {
	const full = answers() as Record<string, unknown>;
	const ids = pages.flatMap((p) => questionsOf(p));
	return Object.fromEntries(ids.filter((id) => full[id] !== undefined).map((id) => [id, full[id]]));
};
const UP_TO_SITE = answersOn('project', 'site');

const INFRASTRUCTURE = questionById('infrastructure') as MatrixQuestion;
const WORKFORCE = questionById('workforce') as MatrixQuestion;
const allNone = (items: readonly string[]) => Object.fromEntries(items.map((i) => [i, 'none']));

const validate = (page: PageId, raw: Partial<Record<QuestionId, RawAnswer>>, given: Answers = {}) =>
	validatePage(page, raw, given, optionSource);

describe('PAGES', () => {
	it('has five pages and asks every question on exactly one of them', () => {
		expect(PAGE_IDS).toEqual(['project', 'site', 'needs', 'conditions', 'company']);
		const onPages = PAGES.flatMap((p) => [...p.questions]);
		expect(onPages).toHaveLength(ALL.length);
		expect([...onPages].sort()).toEqual([...ALL].sort());
	});

	it.each<[QuestionId, PageId]>([
		['project_type', 'project'],
		['sectors', 'project'],
		['land_ha', 'site'],
		['regions', 'site'],
		['start_time', 'site'],
		['infrastructure', 'needs'],
		['workforce', 'needs'],
		['env_demanding', 'conditions'],
		['net_zero_tech', 'conditions'],
		['crm_activity', 'conditions'],
		['investment_mdkk', 'company'],
		['financials', 'company']
	])('asks %s on the %s page', (question, page) => {
		expect(pageOf(question)).toBe(page);
		expect(questionsOf(page)).toContain(question);
	});

	it('puts a follow-up on the page of the answer it depends on, right after it', () => {
		const conditions = questionsOf('conditions');
		expect(conditions.indexOf('net_zero_tech')).toBe(conditions.indexOf('net_zero') + 1);
		expect(conditions.indexOf('crm_activity')).toBe(
			conditions.indexOf('critical_raw_materials') + 1
		);
		const company = questionsOf('company');
		expect(company.indexOf('financials')).toBe(company.indexOf('employees') + 1);
	});

	it('offers the early result after the site page', () => {
		expect(EARLY_RESULT_AFTER).toBe('site');
	});
});

describe('applicableQuestions', () => {
	it('skips the follow-up questions by default', () => {
		expect(applicableQuestions(answers())).toEqual(
			PAGES.flatMap((p) => p.questions).filter(
				(id) => id !== 'land_phasing' && id !== 'net_zero_tech' && id !== 'crm_activity'
			)
		);
	});

	it('asks land_phasing only for more land than the site with the least new land has', () => {
		expect(LEAST_NEW_LAND_HA).toBe(Math.min(...content.sites.map((s) => s.land.newPlotsHa)));
		const asked = (land_ha: Answers['land_ha']) =>
			applicableQuestions(answers({ land_ha })).includes('land_phasing');
		expect(asked(LEAST_NEW_LAND_HA + 0.01)).toBe(true);
		expect(asked(600)).toBe(true);
		expect(asked(LEAST_NEW_LAND_HA)).toBe(false);
		expect(asked(2)).toBe(false);
		expect(asked('dont_know')).toBe(false);
		expect(asked(undefined)).toBe(false);
	});

	it('asks net_zero_tech only after net_zero "yes"', () => {
		expect(applicableQuestions(answers({ net_zero: 'yes' }))).toContain('net_zero_tech');
		expect(applicableQuestions(answers({ net_zero: 'no' }))).not.toContain('net_zero_tech');
		expect(applicableQuestions(answers({ net_zero: 'dont_know' }))).not.toContain('net_zero_tech');
	});

	it('asks crm_activity only after critical_raw_materials "yes"', () => {
		expect(applicableQuestions(answers({ critical_raw_materials: 'yes' }))).toContain(
			'crm_activity'
		);
		expect(applicableQuestions(answers({ critical_raw_materials: 'dont_know' }))).not.toContain(
			'crm_activity'
		);
	});

	it('asks financials below 250 employees only', () => {
		expect(applicableQuestions(answers({ employees: 'from_50_to_249' }))).toContain('financials');
		expect(applicableQuestions(answers({ employees: 'over_250' }))).not.toContain('financials');
	});

	it('does not ask financials before the headcount is known', () => {
		expect(applicableQuestions({})).not.toContain('financials');
	});

	it('lists every question in the order the pages ask them, a follow-up right after its question', () => {
		const ids = applicableQuestions(
			answers({ land_ha: 80, net_zero: 'yes', critical_raw_materials: 'yes' })
		);
		expect(ids).toEqual(PAGES.flatMap((p) => p.questions));
		expect(ids.indexOf('investment_mdkk')).toBe(ids.length - 1);
		expect(ids.indexOf('net_zero_tech')).toBe(ids.indexOf('net_zero') + 1);
		expect(ids.indexOf('crm_activity')).toBe(ids.indexOf('critical_raw_materials') + 1);
	});
});

describe('questionsOn', () => {
	it('gives the questions of a page that apply, in page order', () => {
		expect(questionsOn('project', {})).toEqual(['project_type', 'sectors']);
		expect(questionsOn('site', {})).toEqual(['land_ha', 'regions', 'start_time']);
		expect(questionsOn('site', { land_ha: 80 })).toEqual([
			'land_ha',
			'land_phasing',
			'regions',
			'start_time'
		]);
		expect(questionsOn('needs', {})).toEqual(['infrastructure', 'workforce']);
	});

	it('leaves out a follow-up whose condition does not hold', () => {
		expect(questionsOn('conditions', answers())).toEqual([
			'env_demanding',
			'dual_permits',
			'net_zero',
			'critical_raw_materials'
		]);
		expect(questionsOn('conditions', answers({ net_zero: 'yes' }))).toContain('net_zero_tech');
		expect(
			questionsOn('conditions', answers({ net_zero: 'yes', critical_raw_materials: 'yes' }))
		).toEqual(questionsOf('conditions'));
	});

	it('asks financials on the company page below 250 employees only', () => {
		expect(questionsOn('company', {})).not.toContain('financials');
		expect(questionsOn('company', answers({ employees: 'over_250' }))).toEqual([
			'company_origin',
			'employees',
			'investment_mdkk'
		]);
		expect(questionsOn('company', answers({ employees: 'under_10' }))).toEqual(
			questionsOf('company')
		);
	});
});

describe('isPageDone', () => {
	it('is done when every question on the page is answered', () => {
		expect(isPageDone({}, 'project')).toBe(false);
		expect(isPageDone({ project_type: 'expand' }, 'project')).toBe(false);
		expect(isPageDone({ project_type: 'expand', sectors: ['maritime'] }, 'project')).toBe(true);
		expect(isPageDone(answers({ start_time: undefined }), 'site')).toBe(false);
		expect(isPageDone(answers(), 'site')).toBe(true);
	});

	it('waits for a follow-up that applies', () => {
		expect(isPageDone(answers({ net_zero: 'yes', net_zero_tech: undefined }), 'conditions')).toBe(
			false
		);
		expect(isPageDone(answers({ net_zero: 'yes' }), 'conditions')).toBe(true);
		expect(isPageDone(answers({ financials: undefined }), 'company')).toBe(false);
	});

	it('does not wait for a follow-up that does not apply', () => {
		expect(isPageDone(answers({ net_zero: 'no', net_zero_tech: undefined }), 'conditions')).toBe(
			true
		);
		expect(isPageDone(answers({ employees: 'over_250', financials: undefined }), 'company')).toBe(
			true
		);
	});
});

describe('nextStep / previousStep', () => {
	it('goes through the pages in order', () => {
		expect(nextStep('project')).toBe('site');
		expect(nextStep('site')).toBe('needs');
		expect(nextStep('needs')).toBe('conditions');
		expect(nextStep('conditions')).toBe('company');
	});

	it('has no next page after the last one', () => {
		expect(nextStep('company')).toBeUndefined();
	});

	it('goes back through the pages in order', () => {
		expect(previousStep('company')).toBe('conditions');
		expect(previousStep('conditions')).toBe('needs');
		expect(previousStep('needs')).toBe('site');
		expect(previousStep('site')).toBe('project');
	});

	it('has no previous page before the first one', () => {
		expect(previousStep('project')).toBeUndefined();
	});
});

describe('stepPosition', () => {
	it.each(PAGE_IDS.map((page, i) => [page, i + 1] as const))(
		'puts %s at %i of 5',
		(page, index) => {
			expect(stepPosition(page)).toEqual({ index, total: 5 });
		}
	);
});

describe('firstUnanswered / pagesLeft / isComplete', () => {
	it('finds the first page with an unanswered question', () => {
		expect(firstUnanswered({})).toBe('project');
		expect(firstUnanswered({ project_type: 'expand' })).toBe('project');
		expect(firstUnanswered({ project_type: 'expand', sectors: ['maritime'] })).toBe('site');
		expect(firstUnanswered(answers({ regions: undefined, employees: undefined }))).toBe('site');
		expect(firstUnanswered(answers({ net_zero: 'yes', net_zero_tech: undefined }))).toBe(
			'conditions'
		);
		expect(firstUnanswered(answers({ financials: undefined }))).toBe('company');
	});

	it('lists the pages not yet done, in order', () => {
		expect(pagesLeft({})).toEqual(PAGE_IDS);
		expect(pagesLeft(UP_TO_SITE)).toEqual(['needs', 'conditions', 'company']);
		expect(pagesLeft(answers({ land_ha: undefined, employees: undefined }))).toEqual([
			'site',
			'company'
		]);
		expect(pagesLeft(answers())).toEqual([]);
	});

	it('is complete when every applicable question is answered', () => {
		expect(isComplete(answers())).toBe(true);
		expect(firstUnanswered(answers())).toBeUndefined();
		expect(isComplete(UP_TO_SITE)).toBe(false);
		expect(isComplete(answers({ net_zero: 'yes', net_zero_tech: undefined }))).toBe(false);
		expect(isComplete(answers({ financials: undefined }))).toBe(false);
		expect(isComplete(answers({ employees: 'over_250', financials: undefined }))).toBe(true);
	});
});

describe('canSeeResult', () => {
	it('shows the result once the project and site pages are answered', () => {
		expect(canSeeResult(UP_TO_SITE)).toBe(true);
		expect(canSeeResult(answers())).toBe(true);
	});

	it('does not show it before then', () => {
		expect(canSeeResult({})).toBe(false);
		expect(canSeeResult(answersOn('project'))).toBe(false);
		expect(canSeeResult({ ...answersOn('project'), land_ha: 4, land_phasing: 'no' })).toBe(false);
	});

	it('needs every question up to the site page, even when the later pages are answered', () => {
		expect(canSeeResult(answers({ start_time: undefined }))).toBe(false);
		expect(canSeeResult(answers({ sectors: undefined }))).toBe(false);
	});

	it('does not wait for the pages after the site page', () => {
		expect(canSeeResult(answers({ workforce: undefined, employees: undefined }))).toBe(true);
	});
});

describe('effectiveAnswers', () => {
	it('drops answers to questions that no longer apply but leaves the stored answers alone', () => {
		const stored = answers({
			net_zero: 'no',
			net_zero_tech: ['solar'],
			employees: 'over_250',
			financials: 'no'
		});
		const effective = effectiveAnswers(stored);
		expect(effective.net_zero_tech).toBeUndefined();
		expect(effective.financials).toBeUndefined();
		expect(stored.net_zero_tech).toEqual(['solar']);
		expect(stored.financials).toBe('no');
	});

	it('keeps them again when the question applies again', () => {
		const stored = answers({ net_zero: 'no', net_zero_tech: ['solar'] });
		expect(effectiveAnswers({ ...stored, net_zero: 'yes' }).net_zero_tech).toEqual(['solar']);
	});

	it('keeps every applicable answer', () => {
		const full = answers({ critical_raw_materials: 'yes', net_zero: 'yes' });
		expect(effectiveAnswers(full)).toEqual(full);
	});
});

describe('validatePage', () => {
	const SITE = {
		land_ha: num('2,5'),
		land_phasing: single('no'),
		regions: multi('sjaelland'),
		start_time: single('later')
	};
	const CONDITIONS = {
		env_demanding: single('no'),
		dual_permits: single('dont_know'),
		net_zero: single('no'),
		critical_raw_materials: single('no')
	};

	it('gives the answers of every question on a valid page', () => {
		expect(validate('site', SITE)).toEqual({
			ok: true,
			values: { land_ha: 2.5, regions: ['sjaelland'], start_time: 'later' }
		});
		expect(validate('site', { ...SITE, land_ha: num('80') })).toEqual({
			ok: true,
			values: { land_ha: 80, land_phasing: 'no', regions: ['sjaelland'], start_time: 'later' }
		});
	});

	it('reports every error on the page, in page order, each with its question', () => {
		expect(
			validate('site', {
				land_ha: num('lots'),
				land_phasing: { type: 'single', value: undefined },
				regions: multi('no_preference', 'sjaelland')
			})
		).toEqual({
			ok: false,
			errors: [
				{ question: 'land_ha', field: '', key: 'land_ha.not_a_number' },
				{ question: 'regions', field: '', key: 'regions.exclusive' },
				{ question: 'start_time', field: '', key: 'start_time.required' }
			]
		});
		// Phasing is asked (and required) once the land typed is more than a site has.
		expect(
			validate('site', {
				land_ha: num('80'),
				land_phasing: { type: 'single', value: undefined },
				regions: multi('sjaelland'),
				start_time: single('later')
			})
		).toEqual({
			ok: false,
			errors: [{ question: 'land_phasing', field: '', key: 'land_phasing.required' }]
		});
	});

	it('reports only the wrong answer when the rest of the page is valid', () => {
		expect(validate('site', { ...SITE, land_ha: num('0') })).toEqual({
			ok: false,
			errors: [{ question: 'land_ha', field: '', key: 'land_ha.too_small' }]
		});
	});

	it('takes only the questions of its own page', () => {
		expect(
			validate('project', {
				project_type: single('expand'),
				sectors: multi('maritime'),
				land_ha: num('lots')
			})
		).toEqual({ ok: true, values: { project_type: 'expand', sectors: ['maritime'] } });
	});

	it('asks the follow-up when the answer above it on the same page calls for it', () => {
		expect(validate('conditions', { ...CONDITIONS, net_zero: single('yes') })).toEqual({
			ok: false,
			errors: [{ question: 'net_zero_tech', field: '', key: 'net_zero_tech.required' }]
		});
		expect(
			validate('conditions', {
				...CONDITIONS,
				net_zero: single('yes'),
				net_zero_tech: multi('wind', 'solar')
			})
		).toEqual({
			ok: true,
			values: {
				env_demanding: 'no',
				dual_permits: 'dont_know',
				net_zero: 'yes',
				net_zero_tech: ['solar', 'wind'],
				critical_raw_materials: 'no'
			}
		});
	});

	it('ignores a follow-up that does not apply, whatever it holds', () => {
		const v = validate('conditions', { ...CONDITIONS, net_zero_tech: multi('not_an_option') });
		expect(v).toEqual({
			ok: true,
			values: {
				env_demanding: 'no',
				dual_permits: 'dont_know',
				net_zero: 'no',
				critical_raw_materials: 'no'
			}
		});
	});

	it('asks crm_activity after critical_raw_materials "yes" on the same page', () => {
		expect(
			validate('conditions', { ...CONDITIONS, critical_raw_materials: single('yes') })
		).toEqual({
			ok: false,
			errors: [{ question: 'crm_activity', field: '', key: 'crm_activity.required' }]
		});
	});

	it('judges a follow-up by the answer submitted, not the one stored', () => {
		const storedYes = answers({ net_zero: 'yes' });
		expect(validate('conditions', CONDITIONS, storedYes).ok).toBe(true);
		const storedNo = answers({ net_zero: 'no' });
		expect(validate('conditions', { ...CONDITIONS, net_zero: single('yes') }, storedNo)).toEqual({
			ok: false,
			errors: [{ question: 'net_zero_tech', field: '', key: 'net_zero_tech.required' }]
		});
	});

	it('lets a wrong answer decide no follow-up', () => {
		expect(
			validate(
				'conditions',
				{ ...CONDITIONS, net_zero: single('maybe') },
				answers({ net_zero: 'yes' })
			)
		).toEqual({
			ok: false,
			errors: [{ question: 'net_zero', field: '', key: 'invalid_option' }]
		});
	});

	it('asks financials on the company page below 250 employees only', () => {
		const company = {
			company_origin: single('danish'),
			investment_mdkk: num('', true)
		};
		expect(validate('company', { ...company, employees: single('over_250') })).toEqual({
			ok: true,
			values: { company_origin: 'danish', employees: 'over_250', investment_mdkk: 'dont_know' }
		});
		expect(validate('company', { ...company, employees: single('under_10') })).toEqual({
			ok: false,
			errors: [{ question: 'financials', field: '', key: 'financials.required' }]
		});
		expect(
			validate('company', { ...company, employees: single('under_10'), financials: single('no') })
		).toMatchObject({ ok: true, values: { employees: 'under_10', financials: 'no' } });
	});
});

describe('the conditions checklists', () => {
	const CONDITIONS = QUESTIONS.filter(
		(q): q is SingleQuestion => q.type === 'single' && !!q.checklist
	);
	/** What the conditions page submits (without its follow-ups). */
	const conditions = (yes: string[], dontKnow: string[]) =>
		Object.fromEntries(CONDITIONS.map((q) => [q.id, singleFromChecklists(q, yes, dontKnow)]));

	it("asks the yes/no/don't-know questions of the conditions page, and only those", () => {
		expect(CONDITIONS.map((q) => q.id)).toEqual([
			'env_demanding',
			'dual_permits',
			'net_zero',
			'critical_raw_materials'
		]);
		expect(CONDITIONS.every((q) => pageOf(q.id) === 'conditions')).toBe(true);
	});

	it('reads a tick in "applies" as yes, in "not known yet" as don\'t know, and no tick as no', () => {
		expect(validate('conditions', conditions(['env_demanding'], ['dual_permits']))).toEqual({
			ok: true,
			values: {
				env_demanding: 'yes',
				dual_permits: 'dont_know',
				net_zero: 'no',
				critical_raw_materials: 'no'
			}
		});
	});

	it('knows which item each follow-up belongs to (it is asked right under it)', () => {
		expect(followUpOf('net_zero_tech')).toBe('net_zero');
		expect(followUpOf('crm_activity')).toBe('critical_raw_materials');
		expect(followUpOf('financials')).toBe('employees');
		expect(followUpOf('net_zero')).toBeUndefined();
	});

	it('asks the follow-up of a tick that calls for it', () => {
		expect(validate('conditions', conditions(['net_zero'], []))).toEqual({
			ok: false,
			errors: [{ question: 'net_zero_tech', field: '', key: 'net_zero_tech.required' }]
		});
	});

	it('reports a question ticked in both lists on the question itself, and ticks both back', () => {
		const raw = conditions(['critical_raw_materials'], ['critical_raw_materials']);
		expect(validate('conditions', raw)).toEqual({
			ok: false,
			errors: [
				{
					question: 'critical_raw_materials',
					field: 'critical_raw_materials',
					key: 'checklist.both'
				}
			]
		});
		expect(tickedIn(raw.critical_raw_materials, 'yes')).toBe(true);
		expect(tickedIn(raw.critical_raw_materials, 'dont_know')).toBe(true);
		expect(tickedIn(raw.env_demanding, 'yes')).toBe(false);
		expect(tickedIn(rawFromAnswer(CONDITIONS[0]!, 'dont_know'), 'dont_know')).toBe(true);
	});
});

describe('the needs checklists', () => {
	/** What the needs page submits: the two checklists apply to both questions on it. */
	const needs = (must: string[], nice: string[]) => ({
		infrastructure: matrixFromChecklists(INFRASTRUCTURE, must, nice),
		workforce: matrixFromChecklists(WORKFORCE, must, nice)
	});

	it('makes a full matrix: ticked as a must, as nice to have, or not needed', () => {
		expect(matrixFromChecklists(INFRASTRUCTURE, ['port'], ['rail'])).toEqual({
			type: 'matrix',
			values: { ...allNone(INFRASTRUCTURE_ITEMS), port: 'must', rail: 'nice' }
		});
		expect(matrixFromChecklists(WORKFORCE, [], [])).toEqual({
			type: 'matrix',
			values: allNone(WORKFORCE_ITEMS)
		});
	});

	it('gives every item of both questions a level, "none" when unticked', () => {
		expect(validate('needs', needs(['port', 'labour_catchment'], ['rail']))).toEqual({
			ok: true,
			values: {
				infrastructure: { ...allNone(INFRASTRUCTURE_ITEMS), port: 'must', rail: 'nice' },
				workforce: { labour_catchment: 'must', education_clusters: 'none' }
			}
		});
	});

	it('accepts a page with nothing ticked: nothing is needed', () => {
		expect(validate('needs', needs([], []))).toEqual({
			ok: true,
			values: { infrastructure: allNone(INFRASTRUCTURE_ITEMS), workforce: allNone(WORKFORCE_ITEMS) }
		});
	});

	it('reports an item ticked in both lists, on its question and item', () => {
		expect(validate('needs', needs(['port', 'motorway'], ['port']))).toEqual({
			ok: false,
			errors: [{ question: 'infrastructure', field: 'port', key: 'needs.both' }]
		});
		expect(
			validate('needs', needs(['port', 'labour_catchment'], ['port', 'labour_catchment']))
		).toEqual({
			ok: false,
			errors: [
				{ question: 'infrastructure', field: 'port', key: 'needs.both' },
				{ question: 'workforce', field: 'labour_catchment', key: 'needs.both' }
			]
		});
	});

	it('ticks the checklists back from a draft, an item in both lists in both', () => {
		const draft = matrixFromChecklists(INFRASTRUCTURE, ['port', 'rail'], ['rail', 'motorway']);
		expect(itemsAt(draft, 'must')).toEqual(['port', 'rail']);
		expect(itemsAt(draft, 'nice')).toEqual(['motorway', 'rail']);
	});

	it('ticks the checklists back from a stored answer', () => {
		const stored = answers({ infrastructure: { port: 'must', high_power: 'nice' } }).infrastructure;
		const raw = rawFromAnswer(INFRASTRUCTURE, stored);
		expect(itemsAt(raw, 'must')).toEqual(['port']);
		expect(itemsAt(raw, 'nice')).toEqual(['high_power']);
		expect(validate('needs', { infrastructure: raw, workforce: needs([], []).workforce })).toEqual({
			ok: true,
			values: { infrastructure: stored, workforce: allNone(WORKFORCE_ITEMS) }
		});
	});

	it('ticks nothing without a matrix answer', () => {
		expect(itemsAt(undefined, 'must')).toEqual([]);
		expect(itemsAt(single('yes'), 'nice')).toEqual([]);
	});
});

describe('toggleChoice', () => {
	const sectors = questionById('sectors') as MultiQuestion;
	const projectType = questionById('project_type') as SingleQuestion;

	it('keeps only the chosen option of a single question', () => {
		expect(toggleChoice(projectType, ['expand'], 'new_plant', true)).toEqual(['new_plant']);
	});

	it('adds and removes options of a multiple choice', () => {
		expect(toggleChoice(sectors, ['wind_offshore'], 'maritime', true)).toEqual([
			'wind_offshore',
			'maritime'
		]);
		expect(toggleChoice(sectors, ['wind_offshore', 'maritime'], 'wind_offshore', false)).toEqual([
			'maritime'
		]);
	});

	it('lets the exclusive option clear the others, and any other option clear it', () => {
		expect(toggleChoice(sectors, ['wind_offshore', 'maritime'], 'other', true)).toEqual(['other']);
		expect(toggleChoice(sectors, ['other'], 'maritime', true)).toEqual(['maritime']);
	});
});

describe('suggestion', () => {
	const suggestedChoices = (id: QuestionId, a: Answers) => suggestion(id, a)?.choices ?? [];
	it("ticks the net-zero technology the chosen sectors name, in the question's order", () => {
		expect(
			suggestedChoices('net_zero_tech', { sectors: ['hydrogen_ptx', 'wind_offshore'] })
		).toEqual(['wind', 'electrolysers_fuel_cells']);
		expect(suggestedChoices('net_zero_tech', { sectors: ['ccus_energy'] })).toEqual(['ccs_co2']);
		// With the sectors it comes from, for the line that says so.
		expect(
			suggestion('net_zero_tech', { sectors: ['green_tech', 'hydrogen_ptx'] })?.sectors
		).toEqual(['hydrogen_ptx']);
	});

	it('suggests nothing for a sector spanning several technologies, nor for other questions', () => {
		expect(suggestedChoices('net_zero_tech', { sectors: ['green_tech', 'maritime'] })).toEqual([]);
		expect(suggestedChoices('net_zero_tech', {})).toEqual([]);
		expect(suggestedChoices('crm_activity', { sectors: ['hydrogen_ptx'] })).toEqual([]);
	});

	it('names only options the question has', () => {
		const tech = questionById('net_zero_tech');
		const options = tech.type === 'multi' && Array.isArray(tech.options) ? tech.options : [];
		for (const named of Object.values(SECTOR_NET_ZERO_TECH)) expect(options).toContain(named);
	});
});
