// The guide's routing through its five pages: start → pages → check → results, and the early result after the
// site page ("Se resultatet nu").
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { guideMachine, type RawAnswers } from '../../src/machine/guide-machine';
import { optionSource } from '../../src/data/options';
import type { PageId } from '../../src/domain/pages';
import { questionById, type MatrixQuestion } from '../../src/domain/questions';
import type { Answers, QuestionId } from '../../src/domain/types';
import { matrixFromChecklists } from '../../src/domain/checklists';
import { answers } from '../builders/answers';
import { givenGuide, multi, num, single } from '../builders/flow';

/** A started guide with the given answers, on the start page. */
const givenAnswers = (initial: Answers = {}) => givenGuide({ answers: initial, step: 'start' });

/** Valid submissions of each page. */
const PROJECT: RawAnswers = { project_type: single('expand'), sectors: multi('maritime') };
/** More land than a site has, so phasing is asked too. */
const SITE: RawAnswers = {
	land_ha: num('80,5'),
	land_phasing: single('no'),
	regions: multi('sjaelland'),
	start_time: single('later')
};
const NEEDS: RawAnswers = {
	infrastructure: matrixFromChecklists(
		questionById('infrastructure') as MatrixQuestion,
		['port'],
		[]
	),
	workforce: matrixFromChecklists(questionById('workforce') as MatrixQuestion, [], [])
};
const CONDITIONS: RawAnswers = {
	env_demanding: single('no'),
	dual_permits: single('no'),
	net_zero: single('no'),
	critical_raw_materials: single('no')
};
const COMPANY: RawAnswers = {
	company_origin: single('danish'),
	employees: single('under_10'),
	financials: single('yes'),
	investment_mdkk: num('50')
};

/** The answers of the project page, and of every page up to the site page (the early result). */
const PROJECT_DONE: Answers = { project_type: 'expand', sectors: ['maritime'] };
const UP_TO_SITE: Answers = {
	...PROJECT_DONE,
	land_ha: 80.5,
	land_phasing: 'no',
	regions: ['sjaelland'],
	start_time: 'later'
};

describe('guide machine', () => {
	it('begins on the start page', () => {
		givenAnswers().expectStep('start');
	});

	it('starts at the first page without answers', () => {
		givenAnswers().start().expectStep('project');
	});

	it('starts at the first unanswered page when some answers are given', () => {
		givenAnswers(PROJECT_DONE).start().expectStep('site');
	});

	it('starts at a page that is only partly answered', () => {
		givenAnswers({ project_type: 'expand' }).start().expectStep('project');
		givenAnswers(answers({ start_time: undefined }))
			.start()
			.expectStep('site');
	});

	it('starts at the check page when every question is answered', () => {
		givenAnswers(answers()).start().expectStep('check');
	});

	it('goes through the five pages to the result', () => {
		const flow = givenAnswers()
			.start()
			.expectStep('project')
			.submit(PROJECT)
			.expectStep('site')
			.submit(SITE)
			.expectStep('needs')
			.submit(NEEDS)
			.expectStep('conditions')
			.submit(CONDITIONS)
			.expectStep('company')
			.submit(COMPANY)
			.expectStep('results');
		expect(flow.context.answers).toMatchObject({
			...UP_TO_SITE,
			infrastructure: { port: 'must', rail: 'none' },
			workforce: { labour_catchment: 'none', education_clusters: 'none' },
			net_zero: 'no',
			employees: 'under_10',
			financials: 'yes',
			investment_mdkk: 50
		});
		flow.confirm().expectStep('results');
	});

	it('keeps the page, reports every error and keeps all the typed input on an invalid page', () => {
		const raw: RawAnswers = { ...SITE, land_ha: num('lots'), regions: multi() };
		const flow = givenAnswers(PROJECT_DONE).start().submit(raw).expectStep('site');
		expect(flow.context.errors).toEqual([
			{ question: 'land_ha', field: '', key: 'land_ha.not_a_number' },
			{ question: 'regions', field: '', key: 'regions.required' }
		]);
		expect(flow.context.drafts).toEqual(raw);
		// Not even the valid answers on the page are saved.
		expect(flow.context.answers).toEqual(PROJECT_DONE);
	});

	it('saves every answer on a valid page, clears the errors and the drafts, and moves on', () => {
		const flow = givenAnswers(PROJECT_DONE)
			.start()
			.submit({ ...SITE, land_ha: num('') })
			.expectStep('site');
		expect(flow.context.errors).toEqual([
			{ question: 'land_ha', field: '', key: 'land_ha.required' }
		]);
		flow.submit(SITE).expectStep('needs');
		expect(flow.context.answers).toEqual(UP_TO_SITE);
		expect(flow.context.errors).toEqual([]);
		expect(flow.context.drafts).toEqual({});
	});

	it('keeps the drafts of other pages when a page is saved', () => {
		const workforce = { type: 'matrix', values: { labour_catchment: 'must' } } as const;
		const flow = givenGuide({ answers: PROJECT_DONE, drafts: { workforce }, step: 'site' })
			.expectStep('site')
			.submit(SITE)
			.expectStep('needs');
		expect(flow.context.drafts).toEqual({ workforce });
	});

	describe('a follow-up on the same page', () => {
		const givenConditions = () => givenAnswers(answers()).goto('conditions');

		it('is asked when net_zero is "yes"', () => {
			const flow = givenConditions()
				.expectStep('conditions')
				.submit({ ...CONDITIONS, net_zero: single('yes') })
				.expectStep('conditions');
			expect(flow.context.errors).toEqual([
				{ question: 'net_zero_tech', field: '', key: 'net_zero_tech.required' }
			]);
			expect(flow.context.answers.net_zero).toBe('no');
			flow.submit({ ...CONDITIONS, net_zero: single('yes'), net_zero_tech: multi('wind') });
			flow.expectStep('company');
			expect(flow.context.answers).toMatchObject({ net_zero: 'yes', net_zero_tech: ['wind'] });
		});

		it('is ignored when net_zero is "no", whatever its field still holds', () => {
			const flow = givenAnswers(
				answers({ net_zero: undefined, critical_raw_materials: undefined, employees: undefined })
			)
				.start()
				.expectStep('conditions')
				.submit({ ...CONDITIONS, net_zero_tech: multi('wind') })
				.expectStep('company');
			expect(flow.context.errors).toEqual([]);
			expect(flow.context.answers.net_zero).toBe('no');
			expect(flow.context.answers.net_zero_tech).toBeUndefined();
		});

		it('asks crm_activity after critical_raw_materials "yes"', () => {
			const flow = givenConditions()
				.submit({ ...CONDITIONS, critical_raw_materials: single('yes') })
				.expectStep('conditions');
			expect(flow.context.errors).toEqual([
				{ question: 'crm_activity', field: '', key: 'crm_activity.required' }
			]);
			flow
				.submit({
					...CONDITIONS,
					critical_raw_materials: single('yes'),
					crm_activity: multi('recycling')
				})
				.expectStep('company');
			expect(flow.context.answers.crm_activity).toEqual(['recycling']);
		});

		it('asks financials below 250 employees, not above', () => {
			const flow = givenAnswers(answers({ employees: undefined, financials: undefined }))
				.start()
				.expectStep('company')
				.submit({ ...COMPANY, financials: undefined })
				.expectStep('company');
			expect(flow.context.errors).toEqual([
				{ question: 'financials', field: '', key: 'financials.required' }
			]);
			flow.submit({ ...COMPANY, employees: single('over_250'), financials: undefined });
			flow.expectStep('results');
			expect(flow.context.answers.employees).toBe('over_250');
			expect(flow.context.answers.financials).toBeUndefined();
		});
	});

	it('goes back from the first page to the start page, keeping what was typed', () => {
		const flow = givenAnswers()
			.start()
			.back({ project_type: single('expand'), sectors: multi() })
			.expectStep('start');
		expect(flow.context.drafts).toEqual({ project_type: single('expand'), sectors: multi() });
		expect(flow.context.answers).toEqual({});
	});

	it('goes back to the previous page', () => {
		givenAnswers(answers({ critical_raw_materials: undefined }))
			.start()
			.expectStep('conditions')
			.back()
			.expectStep('needs')
			.back()
			.expectStep('site')
			.back()
			.expectStep('project')
			.back()
			.expectStep('start');
	});

	it('keeps the typed input when going back, and clears the errors', () => {
		const flow = givenAnswers(PROJECT_DONE)
			.start()
			.submit({ ...SITE, land_ha: num('x') });
		expect(flow.context.errors).not.toEqual([]);
		const typed: RawAnswers = { ...SITE, land_ha: num('12 ha') };
		flow.back(typed).expectStep('project');
		expect(flow.context.drafts).toEqual(typed);
		expect(flow.context.errors).toEqual([]);
		flow.submit(PROJECT).expectStep('site');
		expect(flow.context.drafts).toEqual(typed);
		expect(flow.context.answers.land_ha).toBeUndefined();
	});

	it("keeps what a page left by the browser's back or forward held, and gives it back there", () => {
		const typed: RawAnswers = { ...SITE, land_ha: num('12') };
		const flow = givenAnswers(PROJECT_DONE)
			.start()
			.expectStep('site')
			.send({ type: 'step.goto', step: 'project', raw: typed })
			.expectStep('project');
		expect(flow.context.drafts).toEqual(typed);
		flow.send({ type: 'step.goto', step: 'site' }).expectStep('site');
		expect(flow.context.drafts).toEqual(typed);
		expect(flow.context.answers.land_ha).toBeUndefined();
	});

	it('does not keep what a page held on the way forward to the result (it would wait there unseen)', () => {
		const flow = givenAnswers(answers())
			.start()
			.expectStep('check')
			.send({ type: 'step.goto', step: 'company' })
			.expectStep('company');
		flow.send({
			type: 'step.goto',
			step: 'results',
			raw: { employees: { type: 'single', value: 'from_10_to_49' } }
		});
		flow.expectStep('results');
		expect(flow.context.drafts).toEqual({});
	});

	it('keeps the drafts from an invalid submit when going back without input', () => {
		const raw: RawAnswers = { ...SITE, land_ha: num('lots') };
		const flow = givenAnswers(PROJECT_DONE).start().submit(raw).back().expectStep('project');
		expect(flow.context.drafts).toEqual(raw);
		expect(flow.context.errors).toEqual([]);
	});

	it('goes to the result after the last page, with no check page between (issue #14)', () => {
		givenAnswers(answers({ financials: undefined }))
			.start()
			.expectStep('company')
			.submit(COMPANY)
			.expectStep('results');
	});

	it('goes to the first unanswered page after the last page when one was skipped', () => {
		const flow = givenAnswers(answers({ workforce: undefined }))
			.start()
			.expectStep('needs')
			.goto('company')
			.expectStep('company')
			.submit(COMPANY)
			.expectStep('needs');
		expect(flow.context.answers.workforce).toBeUndefined();
	});

	it('goes back from the check page to the result (it is reached from the result now)', () => {
		givenAnswers(answers()).start().expectStep('check').back().expectStep('results');
	});

	describe('the early result ("Se resultatet nu")', () => {
		it('shows the result from the site page when the project page is answered', () => {
			const flow = givenAnswers(PROJECT_DONE)
				.start()
				.expectStep('site')
				.submitForResult(SITE)
				.expectStep('results');
			expect(flow.context.answers).toEqual(UP_TO_SITE);
			expect(flow.context.errors).toEqual([]);
			expect(flow.context.drafts).toEqual({});
		});

		it('goes on to the site page from the project page: the result cannot be seen yet', () => {
			const flow = givenAnswers().start().submitForResult(PROJECT).expectStep('site');
			expect(flow.context.answers).toEqual(PROJECT_DONE);
		});

		it('stays on an invalid page with its errors', () => {
			const flow = givenAnswers(PROJECT_DONE)
				.start()
				.submitForResult({ ...SITE, start_time: single('tomorrow') })
				.expectStep('site');
			expect(flow.context.errors).toEqual([
				{ question: 'start_time', field: '', key: 'invalid_option' }
			]);
			expect(flow.context.answers.start_time).toBeUndefined();
		});

		it('shows the result from a later page', () => {
			givenAnswers(UP_TO_SITE)
				.start()
				.expectStep('needs')
				.submitForResult(NEEDS)
				.expectStep('results');
		});

		it('goes back from an early result to the page it was asked from, as the browser does', () => {
			const flow = givenAnswers(PROJECT_DONE)
				.start()
				.submitForResult(SITE)
				.expectStep('results')
				.back()
				.expectStep('site');
			expect(flow.context.answers).toEqual(UP_TO_SITE);
		});

		it('carries on from the page it was asked from, page by page', () => {
			givenAnswers(UP_TO_SITE)
				.start()
				.submitForResult(NEEDS)
				.back()
				.expectStep('needs')
				.submit(NEEDS)
				.expectStep('conditions')
				.submit(CONDITIONS)
				.expectStep('company');
		});

		it('leaves a page of checklists unanswered when "Se resultatet nu" is pressed on it with nothing ticked', () => {
			const nothing: RawAnswers = {
				...CONDITIONS,
				infrastructure: matrixFromChecklists(
					questionById('infrastructure') as MatrixQuestion,
					[],
					[]
				),
				workforce: matrixFromChecklists(questionById('workforce') as MatrixQuestion, [], [])
			};
			const flow = givenAnswers(UP_TO_SITE).start().goto('conditions');
			flow.expectStep('conditions').submitForResult(nothing).expectStep('results');
			for (const id of ['env_demanding', 'dual_permits', 'net_zero', 'critical_raw_materials'])
				expect(flow.context.answers, id).not.toHaveProperty(id);
			// "Tilbage" leads to the page it was asked from, though that is still unanswered.
			flow.back().expectStep('conditions');
			flow.submitForResult(nothing).expectStep('results');
			flow.goto('needs').submitForResult(nothing).expectStep('results');
			expect(flow.context.answers).not.toHaveProperty('infrastructure');
			// One tick answers the page: the rest is "no".
			flow.goto('conditions').submitForResult({ ...CONDITIONS, net_zero: single('dont_know') });
			expect(flow.context.answers).toMatchObject({ net_zero: 'dont_know', dual_permits: 'no' });
			// A page answered before keeps what is sent, even with nothing ticked ("Næste" made it "no").
			flow.goto('conditions').submitForResult(CONDITIONS);
			expect(flow.context.answers).toMatchObject({ net_zero: 'no', dual_permits: 'no' });
			// "Næste" from an untouched page answers it: no tick is "no".
			const next = givenAnswers(UP_TO_SITE).start().goto('conditions').submit(CONDITIONS);
			expect(next.context.answers).toMatchObject({ net_zero: 'no', dual_permits: 'no' });
		});

		it('opens any page from an early result, but not the check page', () => {
			const flow = givenAnswers(PROJECT_DONE).start().submitForResult(SITE).expectStep('results');
			flow.goto('company').expectStep('company');
			flow.goto('conditions').expectStep('conditions');
			flow.goto('project').expectStep('project');
			flow.goto('results').expectStep('results');
			flow.goto('check').expectStep('needs');
		});

		it('shows the result from a page opened to change an answer, leaving "return to check" mode', () => {
			const flow = givenAnswers(answers()).start().change('land_ha').expectStep('site');
			expect(flow.context.returnToCheck).toBe(true);
			flow.submitForResult({ ...SITE, land_ha: num('7') }).expectStep('results');
			expect(flow.context.returnToCheck).toBe(false);
			expect(flow.context.answers.land_ha).toBe(7);
		});
	});

	describe('a link with an answer given in part', () => {
		/** The answers without some of them. */
		const without = (a: Answers, ...ids: QuestionId[]): Answers =>
			Object.fromEntries(Object.entries(a).filter(([id]) => !ids.includes(id as QuestionId)));
		/** Every answer but the needs page's, which the link gave in part (an item the guide cannot read). */
		const rest = without(answers(), 'infrastructure', 'workforce');
		const drafts = { infrastructure: NEEDS.infrastructure };

		it('opens on that page and, once it is sent, goes to the check page, not through the pages already answered', () => {
			const flow = givenGuide({ answers: rest, drafts, step: 'results' }).expectStep('needs');
			flow.submit(NEEDS).expectStep('check');
			expect(flow.context.finishLink).toBeUndefined();
			flow.confirm().expectStep('results');
		});

		it('"Tilbage" is the ordinary way back; the page, once sent from there, still leads to the check page', () => {
			givenGuide({ answers: rest, drafts, step: 'check' })
				.expectStep('needs')
				.back()
				.expectStep('site')
				.submit(SITE)
				.expectStep('needs')
				.submit(NEEDS)
				.expectStep('check');
		});

		it('is forgotten when the guide moves another way (back or forward in the browser, the early result)', () => {
			givenGuide({ answers: rest, drafts, step: 'results' })
				.goto('site')
				.expectStep('site')
				.submit(SITE)
				.expectStep('needs')
				.submit(NEEDS)
				.expectStep('conditions');
			const early = givenGuide({ answers: rest, drafts, step: 'results' }).submitForResult(NEEDS);
			early.expectStep('results');
			expect(early.context.finishLink).toBeUndefined();
		});

		it('goes on to a page still unanswered first', () => {
			givenGuide({ answers: without(rest, 'company_origin'), drafts, step: 'results' })
				.expectStep('needs')
				.submit(NEEDS)
				.expectStep('company');
		});

		it('also when the link asked for the result with an answer it could not use (code review 25, D2)', () => {
			// A sector id no longer offered is left out: the project page opens, then the check page.
			givenGuide({ answers: without(answers(), 'sectors'), step: 'results' })
				.expectStep('project')
				.submit(PROJECT)
				.expectStep('check');
		});

		it('is the ordinary way on when the link asked for the page itself', () => {
			givenGuide({ answers: rest, drafts, step: 'needs' })
				.expectStep('needs')
				.submit(NEEDS)
				.expectStep('conditions');
		});
	});

	describe('changing an answer from the check page', () => {
		it('opens its page in "return to check" mode and returns there after a valid page', () => {
			const flow = givenAnswers(answers()).start().change('land_ha').expectStep('site');
			expect(flow.context.returnToCheck).toBe(true);
			flow.submit({ ...SITE, land_ha: num('') }).expectStep('site');
			expect(flow.context.returnToCheck).toBe(true);
			flow.submit({ ...SITE, land_ha: num('12') }).expectStep('check');
			expect(flow.context.returnToCheck).toBe(false);
			expect(flow.context.answers.land_ha).toBe(12);
		});

		it('remembers which answer is changed until the guide moves on another way (where focus goes)', () => {
			const flow = givenAnswers(answers()).start().change('land_ha');
			expect(flow.context.changing).toBe('land_ha');
			flow.submit({ ...SITE, land_ha: num('12') }).expectStep('check');
			expect(flow.context.changing).toBe('land_ha'); // the check page focuses its row
			flow.back().expectStep('results');
			expect(flow.context.changing).toBeUndefined();
			flow.goto('check').expectStep('check');
			flow.change('regions').back().expectStep('check');
			expect(flow.context.changing).toBe('regions');
			flow.confirm().expectStep('results');
			expect(flow.context.changing).toBeUndefined();
			flow.change('sectors').goto('check').expectStep('check');
			expect(flow.context.changing).toBeUndefined();
		});

		it.each<[QuestionId, PageId]>([
			['sectors', 'project'],
			['regions', 'site'],
			['workforce', 'needs'],
			['critical_raw_materials', 'conditions'],
			['financials', 'company']
		])('opens the page of %s (%s)', (question, page) => {
			givenAnswers(answers()).start().change(question).expectStep(page);
		});

		it('returns to the check page on "back" without changing the answer', () => {
			const flow = givenAnswers(answers({ land_ha: 40 }))
				.start()
				.change('land_ha')
				.back({ ...SITE, land_ha: num('99') })
				.expectStep('check');
			expect(flow.context.answers.land_ha).toBe(40);
			expect(flow.context.returnToCheck).toBe(false);
		});

		it('asks a follow-up that now applies on the same page, then returns to the check page', () => {
			const flow = givenAnswers(answers({ net_zero: 'no' }))
				.start()
				.change('net_zero')
				.expectStep('conditions')
				.submit({ ...CONDITIONS, net_zero: single('yes') })
				.expectStep('conditions');
			expect(flow.context.errors).toEqual([
				{ question: 'net_zero_tech', field: '', key: 'net_zero_tech.required' }
			]);
			expect(flow.context.returnToCheck).toBe(true);
			flow
				.submit({ ...CONDITIONS, net_zero: single('yes'), net_zero_tech: multi('solar') })
				.expectStep('check');
			expect(flow.context.answers).toMatchObject({ net_zero: 'yes', net_zero_tech: ['solar'] });
		});

		it('does not ask a follow-up that stops applying, and keeps its stored answer', () => {
			const flow = givenAnswers(answers({ net_zero: 'yes' }))
				.start()
				.change('net_zero')
				.submit(CONDITIONS)
				.expectStep('check');
			expect(flow.context.answers.net_zero).toBe('no');
			expect(flow.context.answers.net_zero_tech).toEqual(['wind']);
		});

		it('ignores a change of a question that does not apply or does not exist', () => {
			givenAnswers(answers({ net_zero: 'no' }))
				.start()
				.change('net_zero_tech')
				.expectStep('check');
			givenAnswers(answers({ employees: 'over_250' }))
				.start()
				.change('financials')
				.expectStep('check');
			givenAnswers(answers())
				.start()
				.change('no_such_question' as QuestionId)
				.expectStep('check');
		});

		it('ignores a change while on a question page', () => {
			givenAnswers().start().change('land_ha').expectStep('project');
		});
	});

	describe('confirming the check page', () => {
		it('shows the results when every question is answered', () => {
			givenAnswers(answers()).start().confirm().expectStep('results');
		});
	});

	describe('on the results page', () => {
		it('a page reloaded while changing an answer from the check page returns there again', () => {
			const flow = givenAnswers(answers())
				.start()
				.expectStep('check')
				.goto('site')
				.expectStep('site');
			expect(flow.context.returnToCheck).toBe(false);
			flow.send({ type: 'change.resume' });
			expect(flow.context.returnToCheck).toBe(true);
			flow.submit(SITE).expectStep('check');
			// Not with answers missing: there is no complete check page to return to.
			const early = givenAnswers(answers({ employees: undefined })).goto('site');
			early.send({ type: 'change.resume' });
			expect(early.context.returnToCheck).toBe(false);
		});

		it('goes back to the last page', () => {
			givenAnswers(answers()).start().confirm().back().expectStep('company');
		});

		it('opens every answer on the check page with "Ret svarene", and the result again from there', () => {
			givenAnswers(answers())
				.start()
				.confirm()
				.review()
				.expectStep('check')
				.confirm()
				.expectStep('results');
		});

		it('"Ret svarene" on an early result opens the page its answers were given on (no check page yet)', () => {
			givenAnswers(answers({ infrastructure: undefined, workforce: undefined }))
				.goto('results')
				.expectStep('results')
				.review()
				.expectStep('site');
		});

		it('can change an answer and return to the check page', () => {
			const flow = givenAnswers(answers())
				.start()
				.confirm()
				.change('regions')
				.expectStep('site')
				.submit({ ...SITE, regions: multi('hovedstaden', 'sjaelland') })
				.expectStep('check');
			expect(flow.context.answers.regions).toEqual(['sjaelland', 'hovedstaden']);
		});
	});

	it('restarts with no answers', () => {
		const flow = givenAnswers(answers())
			.start()
			.confirm()
			.send({ type: 'guide.restart' })
			.expectStep('start');
		expect(flow.context.answers).toEqual({});
		expect(flow.context.drafts).toEqual({});
		expect(flow.context.returnToCheck).toBe(false);
		flow.start().expectStep('project');
	});
});

describe('results page settings', () => {
	it('sets and clears where the company is today and nearest-first, without leaving the page', () => {
		const guide = createActor(guideMachine, {
			input: { answers: answers(), step: 'results', optionSource }
		}).start();
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
		guide.send({ type: 'settings.set', home: { municipality: '101' }, rankByDistance: true });
		expect(guide.getSnapshot().context.answers).toMatchObject({
			home: { municipality: '101' },
			rank_by_distance: 'yes'
		});
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
		guide.send({ type: 'settings.set', home: null, rankByDistance: false });
		expect(guide.getSnapshot().context.answers.home).toBeUndefined();
		expect(guide.getSnapshot().context.answers.rank_by_distance).toBeUndefined();
		guide.send({ type: 'settings.set', shortlist: ['esbjerg', 'viborg'] });
		expect(guide.getSnapshot().context.answers.shortlist).toEqual(['esbjerg', 'viborg']);
		guide.send({ type: 'settings.set', shortlist: [] });
		expect(guide.getSnapshot().context.answers.shortlist).toBeUndefined();
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
	});

	it('works on an early result too', () => {
		const guide = createActor(guideMachine, {
			input: { answers: UP_TO_SITE, step: 'results', optionSource }
		}).start();
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
		guide.send({ type: 'settings.set', rankByDistance: true });
		expect(guide.getSnapshot().context.answers).toEqual({ ...UP_TO_SITE, rank_by_distance: 'yes' });
		expect(guide.getSnapshot().hasTag('results')).toBe(true);
	});
});

describe('changing an answer from an early result', () => {
	const early = answers({
		infrastructure: undefined,
		workforce: undefined,
		env_demanding: undefined,
		dual_permits: undefined,
		net_zero: undefined,
		critical_raw_materials: undefined,
		company_origin: undefined,
		employees: undefined,
		financials: undefined,
		investment_mdkk: undefined
	});

	it('opens the page without a check page to return to, and goes on to the next page', () => {
		const flow = givenGuide({ answers: early, step: 'results' }).expectStep('results');
		flow.change('land_ha').expectStep('site');
		expect(flow.context.returnToCheck).toBe(false);
		flow.submit({
			land_ha: num('12'),
			land_phasing: single('no'),
			regions: multi('no_preference'),
			start_time: single('later')
		});
		flow.expectStep('needs');
		expect(flow.context.answers.land_ha).toBe(12);
	});

	it('with every answer given, returns to the check page as before', () => {
		const flow = givenGuide({ answers: answers(), step: 'results' }).expectStep('results');
		flow.change('land_ha').expectStep('site');
		expect(flow.context.returnToCheck).toBe(true);
	});
});
