// Where a link, a reload or the browser's back/forward lands: resolveStep, and the machine that follows it.
import { describe, expect, it } from 'vitest';
import { resolveStep, type StepId } from '../../src/domain/flow';
import { decodeLink, encodeAnswers } from '../../src/domain/url-codec';
import type { Answers } from '../../src/domain/types';
import { optionSource } from '../../src/data/options';
import { answers } from '../builders/answers';
import { givenGuide, multi, num, single, type View } from '../builders/flow';

const FIRST_TWO: Answers = { project_type: 'expand', sectors: ['maritime'] };

describe('resolveStep', () => {
	it.each<[string, StepId | undefined, Answers, StepId]>([
		['no request, no answers: the start page', undefined, {}, 'start'],
		['no request, some answers: the first unanswered question', undefined, FIRST_TWO, 'land_ha'],
		['no request, every answer: the results', undefined, answers(), 'results'],
		[
			'no request, only an answer that does not apply: the first question',
			undefined,
			{ net_zero_tech: ['wind'] },
			'project_type'
		],
		['the start page, whatever the answers', 'start', answers(), 'start'],
		['the start page without answers', 'start', {}, 'start'],
		['results while incomplete: the first unanswered question', 'results', FIRST_TWO, 'land_ha'],
		['check while incomplete: the first unanswered question', 'check', FIRST_TWO, 'land_ha'],
		['results without answers: the first question', 'results', {}, 'project_type'],
		['results when complete', 'results', answers(), 'results'],
		['check when complete', 'check', answers(), 'check'],
		['an answered question: that question', 'project_type', FIRST_TWO, 'project_type'],
		['an answered question when complete: that question', 'land_ha', answers(), 'land_ha'],
		['the next question to answer: that question', 'land_ha', FIRST_TWO, 'land_ha'],
		['a later unanswered question: the first unanswered one', 'regions', FIRST_TWO, 'land_ha'],
		['the first question without answers: the first question', 'project_type', {}, 'project_type'],
		['a later question without answers: the first question', 'employees', {}, 'project_type'],
		[
			'a follow-up that does not apply, complete: the results',
			'net_zero_tech',
			answers({ net_zero: 'no' }),
			'results'
		],
		[
			'a follow-up that does not apply but is answered: the results',
			'net_zero_tech',
			answers({ net_zero: 'no', net_zero_tech: ['wind'] }),
			'results'
		],
		[
			'a follow-up that does not apply, incomplete: the first unanswered',
			'financials',
			FIRST_TWO,
			'land_ha'
		],
		[
			'financials above 250 employees: the results',
			'financials',
			answers({ employees: 'over_250' }),
			'results'
		],
		[
			'a follow-up that applies and is next: that question',
			'net_zero_tech',
			answers({ net_zero: 'yes', net_zero_tech: undefined }),
			'net_zero_tech'
		],
		[
			'a follow-up that applies and is answered: that question',
			'crm_activity',
			answers({ critical_raw_materials: 'yes' }),
			'crm_activity'
		]
	])('%s', (_name, requested, given, expected) => {
		expect(resolveStep(requested, given)).toBe(expected);
	});
});

/** A guide opened from a link (answers, drafts, the step in the hash). */
const givenLink = givenGuide;

describe('the guide opened from a link', () => {
	it.each<[string, Answers, StepId | undefined, View]>([
		['no answers, no step: the start page', {}, undefined, 'start'],
		['some answers, no step: where the user can carry on', FIRST_TWO, undefined, 'land_ha'],
		['every answer, no step: the results', answers(), undefined, 'results'],
		['every answer, #check: the check page', answers(), 'check', 'check'],
		['every answer, #start: the start page', answers(), 'start', 'start'],
		['every answer, #land-ha: that question', answers(), 'land_ha', 'land_ha'],
		['some answers, #results: the first unanswered question', FIRST_TWO, 'results', 'land_ha'],
		[
			'some answers, a later #regions: the first unanswered question',
			FIRST_TWO,
			'regions',
			'land_ha'
		],
		[
			'every answer, a follow-up that does not apply: the results',
			answers({ net_zero: 'no' }),
			'net_zero_tech',
			'results'
		]
	])('%s', (_name, given, step, expected) => {
		const flow = givenLink({ answers: given, step }).expectStep(expected);
		expect(flow.context.answers).toEqual(given);
		expect(flow.context.requested).toBeUndefined();
		expect(flow.stepChanges).toBe(1);
	});

	it('lands where a decoded link says', () => {
		const link = decodeLink(`?${encodeAnswers(answers(), 'da')}`, optionSource);
		givenLink({ answers: link.answers, drafts: link.drafts }).expectStep('results');
	});

	it('keeps the drafts from the link in context.drafts and opens their page', () => {
		const link = decodeLink(
			'?v=1&project_type=expand&sectors=maritime&land_ha=4&land_phasing=no&infrastructure=port:must',
			optionSource
		);
		const flow = givenLink({ answers: link.answers, drafts: link.drafts }).expectStep(
			'infrastructure'
		);
		expect(flow.context.drafts).toEqual({
			infrastructure: { type: 'matrix', values: { port: 'must' } }
		});
		expect(flow.context.answers.infrastructure).toBeUndefined();
	});

	it('clears a draft once its page is answered', () => {
		const flow = givenLink({
			answers: { project_type: 'expand' },
			drafts: { workforce: { type: 'matrix', values: { labour_catchment: 'must' } } }
		}).expectStep('sectors');
		flow.submit(multi('maritime')).submit(num('4')).submit(single('no'));
		flow.submit({
			type: 'matrix',
			values: Object.fromEntries(
				Object.keys(answers().infrastructure ?? {}).map((i) => [i, 'none'])
			)
		});
		flow.expectStep('workforce');
		expect(flow.context.drafts.workforce).toEqual({
			type: 'matrix',
			values: { labour_catchment: 'must' }
		});
		flow
			.submit({ type: 'matrix', values: { labour_catchment: 'must', education_clusters: 'nice' } })
			.expectStep('env_demanding');
		expect(flow.context.drafts).toEqual({});
	});
});

describe('step.goto (browser back/forward)', () => {
	it('moves back and forward through the pages the user has seen', () => {
		const flow = givenLink({ answers: {} }).expectStep('start');
		flow
			.send({ type: 'guide.start' })
			.expectStep('project_type')
			.submit(single('expand'))
			.submit(multi('maritime'))
			.expectStep('land_ha');
		// Back, back, back …
		flow
			.goto('sectors')
			.expectStep('sectors')
			.goto('project_type')
			.expectStep('project_type')
			.goto('start')
			.expectStep('start');
		// … and forward again, up to the question the user had reached.
		flow
			.goto('project_type')
			.expectStep('project_type')
			.goto('sectors')
			.expectStep('sectors')
			.goto('land_ha')
			.expectStep('land_ha');
		expect(flow.context.answers).toEqual(FIRST_TWO);
	});

	it('cannot skip ahead past an unanswered question', () => {
		const flow = givenLink({ answers: FIRST_TWO, step: 'project_type' }).expectStep('project_type');
		flow.goto('regions').expectStep('land_ha');
		flow.goto('check').expectStep('land_ha');
		flow.goto('results').expectStep('land_ha');
		flow.goto('financials').expectStep('land_ha');
	});

	it('moves between the results, the check page and an answered question', () => {
		const flow = givenLink({ answers: answers() }).expectStep('results');
		flow.goto('check').expectStep('check').goto('financials').expectStep('financials');
		flow.goto('check').expectStep('check').goto('results').expectStep('results');
		flow.goto('start').expectStep('start').goto('results').expectStep('results');
	});

	it('leaves "return to check" mode when the browser goes back to the check page', () => {
		const flow = givenLink({ answers: answers(), step: 'check' }).send({
			type: 'answer.change',
			questionId: 'land_ha'
		});
		expect(flow.context.returnToCheck).toBe(true);
		flow.goto('check').expectStep('check');
		expect(flow.context.returnToCheck).toBe(false);
	});

	it('clears the errors of the page it leaves', () => {
		const flow = givenLink({ answers: FIRST_TWO }).expectStep('land_ha').submit(num('lots'));
		expect(flow.context.errors).not.toEqual([]);
		flow.goto('sectors').expectStep('sectors');
		expect(flow.context.errors).toEqual([]);
		expect(flow.context.drafts.land_ha).toEqual(num('lots'));
	});

	it('runs the stepChanged hook once per move, so focus and the address follow', () => {
		const flow = givenLink({ answers: answers() });
		expect(flow.stepChanges).toBe(1);
		flow.goto('check').goto('land_ha').goto('land_phasing');
		expect(flow.stepChanges).toBe(4);
	});

	it('goes to the results, not a question that no longer applies', () => {
		givenLink({ answers: answers({ employees: 'over_250' }), step: 'employees' })
			.goto('financials')
			.expectStep('results');
	});
});
